import type { Detail, MessageRow, Store, UserRow } from './store.js';

/** Rows as the original sends them: IDs and numbers as strings, empty columns as null. */
const text = (value: number | null) => (value === null ? null : String(value));

export const userOut = (user: UserRow) => ({
  id: String(user.id),
  first_name: user.first_name,
  last_name: user.last_name,
  email: user.email,
  profile_image: user.profile_image,
  user_type: user.user_type,
  creation_time: user.creation_time,
  last_activity: user.last_activity,
  department: text(user.department),
  token: user.token,
});

export const detailsOut = (details: Detail[]) => details.map(({ slug, name, value }) => ({ slug, name, value }));

const person = (user: UserRow | undefined) => ({
  first_name: user?.first_name ?? '',
  last_name: user?.last_name ?? '',
  profile_image: user?.profile_image ?? null,
  user_type: user?.user_type ?? 'visitor',
});

const columns = (message: MessageRow) => ({
  id: String(message.id),
  user_id: String(message.user_id),
  message: message.message,
  creation_time: message.creation_time,
  attachments: message.attachments,
  status_code: String(message.status_code),
  payload: message.payload,
  conversation_id: String(message.conversation_id),
});

/** A message with its sender's names, picture and type. */
export const messageOut = (store: Store, message: MessageRow) => ({
  ...columns(message),
  ...person(store.users.get(message.user_id)),
});

/** The details of a conversation, with its customer's names, under both names of the creation time. */
export const conversationDetailsOut = (store: Store, id: number) => {
  const conversation = store.conversations.get(id);
  if (!conversation) return undefined;
  return {
    user_id: String(conversation.user_id),
    ...person(store.users.get(conversation.user_id)),
    id: String(conversation.id),
    title: conversation.title,
    conversation_time: conversation.creation_time,
    creation_time: conversation.creation_time,
    conversation_status_code: String(conversation.status_code) as '0' | '1' | '2' | '3' | '4',
    department: text(conversation.department),
    agent_id: text(conversation.agent_id),
  };
};

/** A conversation as get-conversation answers it, or undefined when there is none with this ID. */
export const conversationOut = (store: Store, id: number) => {
  const details = conversationDetailsOut(store, id);
  return details && { messages: store.messagesOf(id).map((message) => messageOut(store, message)), details };
};

/** get-conversations' item: the message, but `user_id` and names are the customer's. */
export const summaryOut = (store: Store, message: MessageRow) => {
  const conversation = store.conversations.get(message.conversation_id);
  const customer = store.users.get(conversation?.user_id ?? 0);
  return {
    ...columns(message),
    user_id: String(conversation?.user_id ?? message.user_id),
    message_user_type: store.users.get(message.user_id)?.user_type ?? 'visitor',
    ...person(customer),
    conversation_status_code: String(conversation?.status_code ?? 0) as '0' | '1' | '2' | '3' | '4',
  };
};

/** get-user-conversations' item: the message with the sender's names (or the owner's, for the search). */
export const userSummaryOut = (store: Store, message: MessageRow, names: 'sender' | 'owner') => {
  const conversation = store.conversations.get(message.conversation_id);
  const who = names === 'sender' ? message.user_id : (conversation?.user_id ?? message.user_id);
  return {
    ...columns(message),
    ...person(store.users.get(who)),
    conversation_status_code: String(conversation?.status_code ?? 0) as '0' | '1' | '2' | '3' | '4',
    department: text(conversation?.department ?? null),
    title: conversation?.title ?? '',
  };
};
