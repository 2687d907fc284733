import type { Check } from '../../core/types.js';
import { defineCheck, versionsWithout } from '../define.js';
import { getConversation } from '../shared/conversations.js';
import { expectListed, expectNotListed } from '../shared/lists.js';

/** JSON text as stored (`""` for none), parsed, so that spacing does not matter. */
const parsed = (text: string | undefined) => {
  try {
    return text ? JSON.parse(text) : text;
  } catch {
    return text;
  }
};

/**
 * The conversation and message arguments no scenario observed: each is given a value, and a read
 * shows it had its effect.
 */
export const conversationEffectChecks: Check[] = [
  defineCheck({
    id: 'scenarios/effect/new-conversation-fields',
    title: "new-conversation's title, status and agent show in get-conversation",
    area: 'scenarios',
    methods: ['new-conversation', 'get-conversation'],
    observes: { 'new-conversation': ['title', 'status_code', 'agent_id'] },
    async run(t) {
      const { marker: m, customer, agent } = await t.base();
      const title = `Fields ${m}`;
      const id = await t.conversation({ user_id: customer.id, title, status_code: 1, agent_id: agent.id });
      const { details } = await getConversation(t, id, 'new-conversation created');
      t.equal(
        'new-conversation',
        '$.response.details (get-conversation)',
        {
          title: details.title,
          conversation_status_code: details.conversation_status_code,
          agent_id: details.agent_id,
        },
        { title, conversation_status_code: '1', agent_id: String(agent.id) },
      );
    },
  }),
  defineCheck({
    id: 'scenarios/effect/get-user-conversations-exclude',
    title: 'get-user-conversations leaves out the conversation exclude_id names',
    area: 'scenarios',
    methods: ['get-user-conversations'],
    observes: { 'get-user-conversations': ['exclude_id'] },
    async run(t) {
      const { marker: m } = await t.base();
      const user = await t.user({ first_name: 'Two', last_name: m });
      const [kept, left] = [
        await t.conversation({ user_id: user, title: `Kept ${m}` }),
        await t.conversation({ user_id: user, title: `Left ${m}` }),
      ];
      for (const id of [kept, left]) await t.message(id, user, `In ${id} ${m}`);
      const rows = await t.ok('get-user-conversations', { user_id: user, exclude_id: left });
      expectListed(t, 'get-user-conversations', rows, kept, 'the other conversation of the user', 'conversation_id');
      expectNotListed(t, 'get-user-conversations', rows, left, 'the conversation exclude_id names', 'conversation_id');
    },
  }),
  defineCheck({
    id: 'scenarios/effect/get-conversation-user-id',
    title: "get-conversation with the ID of another user than the conversation's answers not found",
    area: 'scenarios',
    methods: ['get-conversation'],
    notes: ['get-conversation-user-id'],
    versions: versionsWithout('get-conversation-user-id-ignored'),
    facts: ['get-conversation-user-id-ignored'],
    observes: { 'get-conversation': ['user_id'] },
    async run(t) {
      const { conversation, customer, agent } = await t.base();
      const mine = await t.ok('get-conversation', { user_id: customer.id, conversation_id: conversation.id });
      t.check(mine !== false && mine.details !== '', {
        method: 'get-conversation',
        path: "$.response (user_id of the conversation's user)",
        expected: 'the conversation',
        received: 'not found',
      });
      t.equal(
        'get-conversation',
        '$.response (user_id of another user)',
        await t.ok('get-conversation', { user_id: agent.id, conversation_id: conversation.id }),
        t.expected('get-conversation', { messages: [], details: '' }),
      );
    },
  }),
  defineCheck({
    id: 'scenarios/effect/get-new-messages-user-id',
    title: 'get-new-messages answers nothing for a user the conversation is not of',
    area: 'scenarios',
    methods: ['get-new-messages'],
    observes: { 'get-new-messages': ['user_id'] },
    async run(t) {
      const { conversation, customer, agent, before } = await t.base();
      const args = { conversation_id: conversation.id, datetime: before };
      const own = await t.ok('get-new-messages', { ...args, user_id: customer.id });
      t.check(own.length > 0, {
        method: 'get-new-messages',
        path: '$.response (the user of the conversation)',
        expected: "the messages of the suite's conversation",
        received: '[]',
      });
      t.equal(
        'get-new-messages',
        '$.response (another user)',
        await t.ok('get-new-messages', { ...args, user_id: agent.id }),
        [],
      );
    },
  }),
  defineCheck({
    id: 'scenarios/effect/message-fields',
    title:
      "send-message's attachments, payload and status, update-message's and set-rating's changes show in get-conversation",
    area: 'scenarios',
    methods: ['send-message', 'update-message', 'set-rating', 'get-conversation'],
    observes: {
      'send-message': ['attachments', 'payload', 'conversation_status'],
      'update-message': ['attachments', 'payload'],
      'set-rating': ['message_id', 'message', 'payload'],
    },
    async run(t) {
      const { marker: m, customer, agent } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Message fields ${m}`, status_code: 0 });
      const attachments: [string, string][] = [['a.txt', `https://example.com/${m}/a.txt`]];
      // An agent's message with status 3: both versions store the status given (3.3 sets it from the sender otherwise).
      // Its answer's shape is examples/send-message's to judge; the ID is read back if need be.
      await t.fixtures.setUp.message(
        {
          user_id: agent.id,
          conversation_id: id,
          message: `Fields ${m}`,
          attachments,
          payload: { sent: m },
          conversation_status: 3,
        },
        'the check sets up its test',
      );
      let found = await getConversation(t, id, 'send-message wrote in');
      const sent = found.messages.at(-1);
      t.equal(
        'send-message',
        '$.response.details.conversation_status_code (get-conversation)',
        found.details.conversation_status_code,
        '3',
      );
      t.equal(
        'send-message',
        '$.response.messages[-1].attachments (get-conversation)',
        parsed(sent?.attachments),
        attachments,
      );
      t.equal('send-message', '$.response.messages[-1].payload (get-conversation)', parsed(sent?.payload), { sent: m });
      const messageId = Number(sent?.id);
      const other: [string, string][] = [['b.txt', `https://example.com/${m}/b.txt`]];
      await t.ok('update-message', { message_id: messageId, attachments: other, payload: { updated: m } });
      found = await getConversation(t, id, 'update-message changed');
      const updated = found.messages.find((message) => message.id === String(messageId));
      t.equal(
        'update-message',
        '$.response.messages[*].attachments (get-conversation)',
        parsed(updated?.attachments),
        other,
      );
      t.equal('update-message', '$.response.messages[*].payload (get-conversation)', parsed(updated?.payload), {
        updated: m,
      });
      await t.ok('set-rating', {
        settings: { conversation_id: id, rating: 1, agent_id: agent.id },
        message_id: messageId,
        message: `Rated ${m}`,
        payload: { rated: m },
      });
      found = await getConversation(t, id, 'set-rating changed');
      const rated = found.messages.find((message) => message.id === String(messageId));
      t.equal('set-rating', '$.response.messages[*].message (get-conversation)', rated?.message, `Rated ${m}`);
      t.equal('set-rating', '$.response.messages[*].payload (get-conversation)', parsed(rated?.payload), { rated: m });
    },
  }),
];
