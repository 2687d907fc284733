import { conversationOut, messageOut, summaryOut, userSummaryOut } from '../shape.js';
import type { ConversationRow, MessageRow, Store } from '../store.js';
import { contains, type Handlers, page } from './types.js';

const newestFirst = (a: MessageRow, b: MessageRow) => b.creation_time.localeCompare(a.creation_time) || b.id - a.id;
const INBOX = [0, 1, 2];

/** The last message of each conversation that passes `keep`; conversations without messages are left out. */
const lastMessages = (store: Store, keep: (conversation: ConversationRow) => boolean) =>
  [...store.conversations.values()].filter(keep).flatMap((conversation) => {
    const last = store.lastMessage(conversation.id);
    return last ? [last] : [];
  });

const attachmentNames = (message: MessageRow) =>
  message.attachments ? (JSON.parse(message.attachments) as [string, string][]).map(([name]) => name) : [];

/** The newest message of a conversation matching `match`, else its last one when `whole` matches. */
const representative = (store: Store, id: number, match: (m: MessageRow) => boolean, whole: boolean) => {
  const messages = store.messagesOf(id);
  return messages.filter(match).at(-1) ?? (whole ? messages.at(-1) : undefined);
};

const textMatches = (message: MessageRow, search: string) =>
  contains(message.message, search) || attachmentNames(message).some((name) => contains(name, search));

export const conversationReadHandlers: Handlers = {
  'get-conversation': ({ user_id, conversation_id }, { store }) => {
    const conversation = store.conversations.get(conversation_id);
    const found = user_id === undefined || conversation?.user_id === user_id;
    return (found && conversationOut(store, conversation_id)) || { messages: [], details: '' };
  },

  'get-conversations': ({ pagination, status_code }, { store }) => {
    const wanted = status_code === 0 ? INBOX : [status_code];
    const items = lastMessages(store, (c) => wanted.includes(c.status_code)).sort((a, b) => {
      const status =
        (store.conversations.get(b.conversation_id)?.status_code ?? 0) -
        (store.conversations.get(a.conversation_id)?.status_code ?? 0);
      return status || newestFirst(a, b);
    });
    return page(items, pagination).map((message) => summaryOut(store, message));
  },

  // 3.3 lists every status, archive and trash included.
  'get-new-conversations': ({ datetime }, { store, fact }) =>
    lastMessages(store, (c) => fact('get-new-conversations-every-status') || INBOX.includes(c.status_code))
      .filter((message) => message.creation_time > datetime)
      .sort(newestFirst)
      .map((message) => summaryOut(store, message)),

  'get-user-conversations': ({ user_id, exclude_id }, { store }) =>
    lastMessages(store, (c) => c.user_id === user_id && c.id !== exclude_id)
      .sort(newestFirst)
      .map((message) => userSummaryOut(store, message, 'sender')),

  'get-new-user-conversations': ({ user_id, datetime }, { store }) =>
    lastMessages(store, (c) => c.user_id === user_id)
      .filter((message) => message.creation_time > datetime)
      .sort(newestFirst)
      .map((message) => userSummaryOut(store, message, 'sender')),

  'search-conversations': ({ search }, { store }) => {
    const personMatches = (id: number) => {
      const user = store.users.get(id);
      return [user?.first_name, user?.last_name, user?.email].some((value) => contains(value, search));
    };
    return [...store.conversations.values()]
      .flatMap((c) => {
        const whole = contains(c.title, search) || personMatches(c.user_id);
        const found = representative(store, c.id, (m) => textMatches(m, search) || personMatches(m.user_id), whole);
        return found ? [found] : [];
      })
      .sort(newestFirst)
      .map((message) => summaryOut(store, message));
  },

  'search-user-conversations': ({ search, user_id }, { store }) =>
    [...store.conversations.values()]
      .filter((c) => c.user_id === user_id)
      .flatMap((c) => {
        const found = representative(store, c.id, (m) => textMatches(m, search), contains(c.title, search));
        return found ? [found] : [];
      })
      .sort(newestFirst)
      .map((message) => {
        const { department: _, ...item } = userSummaryOut(store, message, 'owner');
        return item;
      }),

  'get-new-messages': ({ user_id, conversation_id, datetime }, { store }) => {
    if (store.conversations.get(conversation_id)?.user_id !== user_id) return [];
    return store
      .messagesOf(conversation_id)
      .filter((message) => message.creation_time > datetime)
      .map((message) => messageOut(store, message));
  },

  'get-rating': ({ user_id }, { store }) => {
    const ratings = [...store.ratings.values()].filter((rating) => rating.agent_id === user_id);
    const positive = ratings.filter((rating) => rating.rating === 1).length;
    return [positive, ratings.length - positive];
  },

  'is-agent-typing': ({ conversation_id }, { store }) => {
    const agent = [...store.users.values()].find((user) => store.isAgent(user) && user.typing === conversation_id);
    return agent ? { id: String(agent.id), first_name: agent.first_name, last_name: agent.last_name } : '';
  },
};
