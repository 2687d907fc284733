import { type MethodArgs, type MethodName, type Methods, methods } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { BaseFixtures } from '../../core/fixtures.js';
import { keepArticles } from '../shared/articles.js';

type Prepare<N extends MethodName> = (t: CheckContext, fx: BaseFixtures) => Promise<MethodArgs<Methods[N]>>;

const doc = <N extends MethodName>(name: N) => methods[name].request as MethodArgs<Methods[N]>;

/**
 * A search for the run's marker whose answer must list `_found`, a base fixture: reading it (as the
 * argument is) blocks the check when the fixture could not be made, rather than failing it for an
 * empty list.
 */
const searchFinding = (_found: unknown, fx: BaseFixtures) => ({ search: fx.marker });

/** A conversation of the customer with one message, for calls that change or delete it. */
const spareConversation = async (t: CheckContext, fx: BaseFixtures) => {
  const id = await t.conversation({ user_id: fx.customer.id, title: `Spare ${fx.marker}` });
  await t.message(id, fx.customer.id, `Spare message ${fx.marker}`);
  return id;
};

/**
 * The documented call of every method (`method.request`), its IDs replaced with the suite's own
 * fixtures, unique emails, and searches for the run's marker (so that answers stay small). Calls
 * that change or delete something get a spare user, conversation or message.
 */
export const exampleRequests: { [N in MethodName]: Prepare<N> } = {
  'get-user': async (_t, fx) => ({ ...doc('get-user'), user_id: fx.customer.id }),
  'get-user-extra': async (_t, fx) => ({ user_id: fx.customer.id }),
  'get-users': async () => doc('get-users'),
  'get-new-users': async (_t, fx) => ({ datetime: fx.before }),
  'get-online-users': async () => doc('get-online-users'),
  'search-users': async (_t, fx) => searchFinding(fx.customer, fx),
  'add-user': async (t) => t.fixtures.uniqueContacts(doc('add-user')),
  'update-user': async (t, fx) => ({
    ...t.fixtures.uniqueContacts(doc('update-user')),
    user_id: await t.user({ first_name: 'Spare', last_name: fx.marker }),
  }),
  'delete-user': async (t, fx) => ({ user_id: await t.user({ last_name: `Spare-${fx.marker}` }) }),
  'delete-users': async (t, fx) => ({
    user_ids: [
      await t.user({ last_name: `Spare-${fx.marker}` }),
      await t.user({ last_name: `Spare-${fx.marker}` }),
      await t.user({ last_name: `Spare-${fx.marker}` }),
    ],
  }),
  'is-online': async (_t, fx) => ({ user_id: fx.customer.id }),
  'current-url': async (_t, fx) => ({ user_id: fx.customer.id }),
  'count-users': async () => ({}),
  'update-user-to-lead': async (t, fx) => ({ user_id: await t.user({ last_name: `Spare-${fx.marker}` }) }),
  'slack-users': async () => ({}),
  'get-conversation': async (_t, fx) => ({ user_id: fx.customer.id, conversation_id: fx.conversation.id }),
  'get-conversations': async () => doc('get-conversations'),
  'get-new-conversations': async (_t, fx) => ({ datetime: fx.before }),
  // Conversations without messages are not listed: the answer must list the customer's, with its messages.
  'get-user-conversations': async (_t, fx) => ({ user_id: fx.customerMessage && fx.customer.id }),
  'get-new-user-conversations': async (_t, fx) => ({ user_id: fx.customer.id, datetime: fx.before }),
  'search-conversations': async (_t, fx) => searchFinding(fx.customerMessage, fx),
  'search-user-conversations': async (_t, fx) => ({
    ...searchFinding(fx.customerMessage, fx),
    user_id: fx.customer.id,
  }),
  'new-conversation': async (_t, fx) => ({ ...doc('new-conversation'), user_id: fx.customer.id }),
  'update-conversation-status': async (t, fx) => ({
    ...doc('update-conversation-status'),
    conversation_id: await spareConversation(t, fx),
  }),
  // The documented `message` emails every agent of the department: the integrations level sends it.
  'update-conversation-department': async (t, fx) => ({
    conversation_id: await spareConversation(t, fx),
    department: doc('update-conversation-department').department,
  }),
  'set-rating': async (t, fx) => ({
    settings: { conversation_id: await spareConversation(t, fx), rating: 1, agent_id: fx.agent.id },
  }),
  'get-rating': async (_t, fx) => ({ user_id: fx.agent.id }),
  'get-new-messages': async (_t, fx) => ({
    user_id: fx.customer.id,
    conversation_id: fx.conversation.id,
    datetime: fx.before,
  }),
  'send-message': async (_t, fx) => ({
    ...doc('send-message'),
    user_id: fx.agent.id,
    conversation_id: fx.conversation.id,
  }),
  'send-bot-message': async (_t, fx) => ({ ...doc('send-bot-message'), conversation_id: fx.conversation.id }),
  // The documented channel is an example's: the user's own channel is used instead.
  'send-slack-message': async (_t, fx) => ({
    user_id: fx.customer.id,
    full_name: `${fx.customer.first_name} ${fx.customer.last_name}`,
    message: `Hello! I need help. ${fx.marker}`,
  }),
  'update-message': async (t, fx) => ({
    ...doc('update-message'),
    message_id: await t.message(fx.conversation.id, fx.agent.id, `To edit ${fx.marker}`),
  }),
  'delete-message': async (t, fx) => ({
    message_id: await t.message(fx.conversation.id, fx.agent.id, `To delete ${fx.marker}`),
  }),
  'send-email': async (_t, fx) => ({ ...doc('send-email'), recipient_id: fx.customer.id }),
  // To the suite's own agent, not to every agent of the target.
  'push-notification': async (_t, fx) => ({
    ...doc('push-notification'),
    interests: fx.agent.id,
    conversation_id: fx.conversation.id,
  }),
  'get-setting': async () => doc('get-setting'),
  'get-settings': async () => ({}),
  'saved-replies': async () => ({}),
  'archive-slack-channels': async () => ({}),
  'get-articles': async () => doc('get-articles'),
  'save-articles': async (t) => {
    await keepArticles(t);
    return doc('save-articles');
  },
  'search-articles': async () => doc('search-articles'),
  'get-versions': async () => ({}),
  update: async () => ({}),
  'wp-synch': async () => ({}),
  'app-get-key': async () => doc('app-get-key'),
  'app-activation': async () => doc('app-activation'),
  'csv-users': async () => ({}),
  'csv-conversations': async (_t, fx) => ({ conversation_id: fx.conversation.id }),
  'dialogflow-intent': async () => doc('dialogflow-intent'),
  'is-agent-typing': async (_t, fx) => ({ conversation_id: fx.conversation.id }),
};

const nonEmpty = (response: unknown) =>
  Array.isArray(response) && response.length === 0 ? 'a non-empty list: the suite created matching data' : undefined;
const notFalse = (what: string) => (response: unknown) => (response === false ? what : undefined);

/**
 * What the answer must be beyond its schema, for calls about the suite's own data: found, not the
 * not-found form the schema also allows. Returns what was expected when the answer is not that.
 */
export const exampleExpectations: Partial<Record<MethodName, (response: unknown) => string | undefined>> = {
  'get-user': notFalse('the customer the suite created'),
  'get-user-extra': nonEmpty,
  'get-users': nonEmpty,
  'get-new-users': nonEmpty,
  'search-users': nonEmpty,
  'current-url': (response) =>
    typeof response === 'string' ? undefined : 'the current_url detail the suite gave the customer',
  'get-conversation': (response) =>
    (response as { details?: unknown }).details === '' ? 'the conversation the suite created' : undefined,
  'get-conversations': nonEmpty,
  'get-new-conversations': nonEmpty,
  'get-user-conversations': nonEmpty,
  'get-new-user-conversations': nonEmpty,
  'search-conversations': nonEmpty,
  'search-user-conversations': nonEmpty,
  'get-new-messages': nonEmpty,
  'csv-conversations': notFalse('the URL of the export of the suite’s conversation'),
};
