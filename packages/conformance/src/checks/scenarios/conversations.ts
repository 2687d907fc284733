import type { Check } from '../../core/types.js';
import { shiftDatetime } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { createdAt, getConversation } from '../shared/conversations.js';
import { expectListed, findConversationInPages, idsOf } from '../shared/lists.js';

export const conversationScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/conversation-lifecycle',
    title: 'A conversation created, messages sent, read, edited, deleted, and found by time',
    area: 'scenarios',
    observes: {
      'new-conversation': ['user_id'],
      'send-message': ['user_id', 'conversation_id', 'message'],
      'get-conversation': ['conversation_id'],
      'get-user-conversations': ['user_id'],
      'update-message': ['message_id', 'message'],
      'delete-message': ['message_id'],
      'get-new-messages': ['conversation_id', 'datetime'],
    },
    methods: [
      'new-conversation',
      'send-message',
      'get-conversation',
      'get-user-conversations',
      'update-message',
      'delete-message',
      'get-new-messages',
    ],
    tags: ['lifecycle'],
    async run(t) {
      const { marker: m, agent } = await t.base();
      const user = await t.user({ first_name: 'Don', last_name: `Talk-${m}`, email: `${m}.talk@example.com` });
      const created = await t.ok('new-conversation', { user_id: user, title: `Question ${m}`, status_code: 0 });
      t.equal('new-conversation', '$.response.details.user_id', created.details.user_id, String(user));
      t.equal('new-conversation', '$.response.messages', created.messages, []);
      const id = Number(created.details.id);
      const first = await t.message(id, user, `Hello ${m}, I need help`);
      const reply = await t.message(id, agent.id, `Sure ${m}, what do you need?`);

      let found = await getConversation(t, id, 'new-conversation created');
      t.equal(
        'get-conversation',
        '$.response.messages[*].id',
        idsOf(found.messages),
        [String(first), String(reply)],
        'Messages come oldest first, with the IDs send-message answered.',
      );
      t.equal('get-conversation', '$.response.messages[0].user_id', found.messages[0]?.user_id, String(user));
      t.equal(
        'get-conversation',
        '$.response.messages[0].message',
        found.messages[0]?.message,
        `Hello ${m}, I need help`,
      );
      t.equal('get-conversation', '$.response.messages[1].user_type', found.messages[1]?.user_type, 'agent');

      const mine = await t.ok('get-user-conversations', { user_id: user });
      const item = mine.find((row) => row.conversation_id === String(id));
      if (expectListed(t, 'get-user-conversations', mine, id, 'the conversation of the user', 'conversation_id')) {
        t.equal(
          'get-user-conversations',
          '$.response[*].id',
          item?.id,
          String(reply),
          'Each conversation is listed as its last message.',
        );
      }

      await t.ok('update-message', { message_id: first, message: `Edited ${m}` });
      found = await getConversation(t, id, 'update-message changed');
      t.equal('get-conversation', '$.response.messages[0].message', found.messages[0]?.message, `Edited ${m}`);

      await t.ok('delete-message', { message_id: reply });
      found = await getConversation(t, id, 'delete-message changed');
      t.equal(
        'get-conversation',
        '$.response.messages[*].id',
        idsOf(found.messages),
        [String(first)],
        'delete-message answered true: the message must be gone.',
      );

      const since = shiftDatetime(createdAt(found.details), -1);
      const fresh = await t.ok('get-new-messages', { user_id: user, conversation_id: id, datetime: since });
      t.equal('get-new-messages', '$.response[*].id', idsOf(fresh), [String(first)]);
      const later = shiftDatetime(createdAt(found.details), 86_400);
      t.equal(
        'get-new-messages',
        '$.response',
        await t.ok('get-new-messages', { user_id: user, conversation_id: id, datetime: later }),
        [],
      );
    },
  }),
  defineCheck({
    id: 'scenarios/delete-user-cascade',
    title: "delete-user deletes the user's conversations and messages too",
    area: 'scenarios',
    observes: { 'delete-user': ['user_id'], 'get-user-conversations': ['user_id'] },
    methods: ['delete-user', 'get-conversation', 'get-user-conversations'],
    async run(t) {
      const { marker: m } = await t.base();
      const user = await t.user({ first_name: 'Gone', last_name: m });
      const id = await t.conversation({ user_id: user, title: `Gone ${m}` });
      await t.message(id, user, `Bye ${m}`);
      await t.ok('delete-user', { user_id: user });
      t.equal(
        'get-conversation',
        '$.response',
        await t.ok('get-conversation', { conversation_id: id }),
        t.expected('get-conversation', { messages: [], details: '' }),
        'The conversation of a deleted user is deleted with it.',
      );
      t.equal('get-user-conversations', '$.response', await t.ok('get-user-conversations', { user_id: user }), []);
    },
  }),
  defineCheck({
    id: 'scenarios/conversation-summary-customer',
    title: "get-conversations lists a conversation with the customer's ID and names, the sender's type apart",
    area: 'scenarios',
    methods: ['get-conversations', 'send-message'],
    notes: ['get-conversations-customer-user-id'],
    async run(t) {
      const { marker: m, customer, agent } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Summary ${m}`, status_code: 0 });
      await t.message(id, customer.id, `Question ${m}`);
      const reply = await t.message(id, agent.id, `Answer ${m}`);
      const { item, complete } = await findConversationInPages(t, {}, id);
      if (!item) {
        if (!complete) t.skip('the inbox has too many conversations to find the one the suite created');
        return t.stop({
          method: 'get-conversations',
          path: '$.response[*].conversation_id',
          expected: `conversation "${id}" in the inbox`,
          received: 'not listed',
        });
      }
      t.equal('get-conversations', '$.response[*].id', item.id, String(reply), 'The item is the last message.');
      t.equal(
        'get-conversations',
        '$.response[*].user_id',
        item.user_id,
        String(customer.id),
        "user_id is the customer's, not the sender's.",
      );
      t.equal('get-conversations', '$.response[*].first_name', item.first_name, customer.first_name);
      t.equal('get-conversations', '$.response[*].message_user_type', item.message_user_type, 'agent');
    },
  }),
  defineCheck({
    id: 'scenarios/send-message-escapes',
    title: 'send-message stores the text HTML-escaped',
    area: 'scenarios',
    observes: { 'send-message': ['message'] },
    methods: ['send-message', 'get-conversation'],
    tags: ['security'],
    async run(t) {
      const { customer, marker: m } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Escape ${m}` });
      await t.message(id, customer.id, '<b>bold</b> text');
      const found = await getConversation(t, id, 'new-conversation created');
      t.equal(
        'get-conversation',
        '$.response.messages[0].message',
        found.messages[0]?.message,
        '&lt;b&gt;bold&lt;/b&gt; text',
      );
    },
  }),
];
