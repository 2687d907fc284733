import { argDefault, methods } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck, versionsWith } from '../define.js';
import { getConversation } from '../shared/conversations.js';
import { findConversationInPages, MAX_PAGES } from '../shared/lists.js';

/** A conversation of the customer with one message (conversations without messages are not listed). */
const listedConversation = async (t: CheckContext, title: string) => {
  const { customer, marker } = await t.base();
  const id = await t.conversation({ user_id: customer.id, title: `${title} ${marker}`, status_code: 0 });
  await t.message(id, customer.id, `${title} ${marker}`, 0);
  return id;
};

const expectInList = async (
  t: CheckContext,
  id: number,
  args: { status_code?: number },
  listed: boolean,
  why: string,
) => {
  const { item, complete } = await findConversationInPages(t, args, id);
  const query =
    args.status_code === undefined ? 'without status_code (the inbox)' : `with status_code ${args.status_code}`;
  if (!complete) {
    // Neither listed nor proven absent: the check cannot tell, and says so rather than pass.
    t.skip(
      `get-conversations ${query} answered ${MAX_PAGES} full pages without conversation ${id} and without an end: too many conversations on the target to tell whether it is listed`,
    );
  }
  t.check(Boolean(item) === listed, {
    method: 'get-conversations',
    path: '$.response[*].conversation_id',
    expected: `conversation "${id}" ${listed ? '' : 'not '}listed ${query}: ${why}`,
    received: item ? 'listed' : 'not listed',
  });
};

export const statusScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/status-codes',
    title: 'Each status code 0 to 4 is stored, listed under its code, and the inbox leaves out 3 and 4',
    area: 'scenarios',
    observes: {
      'update-conversation-status': ['conversation_id', 'status_code'],
      'get-conversations': ['status_code'],
    },
    methods: ['update-conversation-status', 'get-conversation', 'get-conversations'],
    tags: ['status', 'inbox'],
    async run(t) {
      const id = await listedConversation(t, 'Status');
      for (const status of [1, 2, 3, 4, 0]) {
        await t.ok('update-conversation-status', { conversation_id: id, status_code: status });
        const found = await getConversation(t, id, 'update-conversation-status changed');
        t.equal(
          'get-conversation',
          '$.response.details.conversation_status_code',
          found.details.conversation_status_code,
          String(status),
        );
        if (status > 0)
          await expectInList(
            t,
            id,
            { status_code: status },
            true,
            'a status code from 1 to 4 lists exactly that status',
          );
        await expectInList(
          t,
          id,
          {},
          status <= 2,
          status <= 2 ? 'the inbox is every status but 3 and 4' : 'archive (3) and trash (4) are not in the inbox',
        );
      }
    },
  }),
  defineCheck({
    id: 'scenarios/status-zero-is-inbox',
    title: 'get-conversations with status_code 0 answers the inbox, as without it',
    area: 'scenarios',
    observes: { 'get-conversations': ['status_code'] },
    methods: ['get-conversations', 'update-conversation-status'],
    notes: ['get-conversations-status-zero'],
    tags: ['status', 'inbox'],
    async run(t) {
      const id = await listedConversation(t, 'Inbox');
      await t.ok('update-conversation-status', { conversation_id: id, status_code: 2 });
      await expectInList(
        t,
        id,
        { status_code: 0 },
        true,
        'status_code 0 is read as the inbox, so a conversation waiting for an agent (2) is in it',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/new-conversation-default-status',
    title: 'new-conversation without status_code creates a live conversation (0; 3.3: waiting for an agent, 2)',
    area: 'scenarios',
    methods: ['new-conversation'],
    notes: ['new-conversation-status-default'],
    facts: ['new-conversation-default-two'],
    tags: ['status'],
    async run(t) {
      const { customer, marker } = await t.base();
      const created = await t.ok('new-conversation', { user_id: customer.id, title: `Default ${marker}` });
      const status = String(argDefault(methods['new-conversation'], 'status_code', t.version));
      t.equal(
        'new-conversation',
        '$.response.details.conversation_status_code',
        created.details.conversation_status_code,
        status,
        `The default of API ${t.version}: ${status}.`,
      );
    },
  }),
  defineCheck({
    id: 'scenarios/send-message-status-from-sender',
    title:
      "send-message without a valid status sets it from the sender: 2 after the customer's message, 1 after an agent's (3.3)",
    area: 'scenarios',
    observes: { 'send-message': ['conversation_status'] },
    methods: ['send-message', 'get-conversation'],
    tags: ['status'],
    versions: versionsWith('send-message-status-from-sender'),
    facts: ['send-message-status-from-sender'],
    async run(t) {
      const { customer, agent, marker } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Sender ${marker}`, status_code: 0 });
      const steps: [string, number, number | undefined, string][] = [
        ["the customer's message", customer.id, undefined, '2'],
        ["an agent's message", agent.id, undefined, '1'],
        ["the customer's message with the invalid status 9", customer.id, 9, '2'],
        ["an agent's message with the status 3", agent.id, 3, '3'],
      ];
      for (const [what, sender, status, expected] of steps) {
        await t.message(id, sender, `${what} ${marker}`, status);
        const found = await getConversation(t, id, 'new-conversation created');
        t.equal(
          'send-message',
          '$.response.details.conversation_status_code (get-conversation)',
          found.details.conversation_status_code,
          expected,
          `After ${what}.`,
        );
      }
    },
  }),
  defineCheck({
    id: 'scenarios/status-event-message',
    title:
      'Each status change adds an empty message from the calling admin recording it: conversation-status-update-3 or -4 for archive and trash (3.3)',
    area: 'scenarios',
    methods: ['update-conversation-status', 'get-conversation'],
    tags: ['status'],
    versions: versionsWith('update-conversation-status-event-message'),
    facts: ['update-conversation-status-event-message'],
    async run(t) {
      const id = await listedConversation(t, 'Event');
      for (const status of [1, 3, 0, 4]) {
        const before = (await getConversation(t, id, 'the check created')).messages.length;
        await t.ok('update-conversation-status', { conversation_id: id, status_code: status });
        const { messages } = await getConversation(t, id, 'update-conversation-status changed');
        t.equal(
          'update-conversation-status',
          '$.response.messages.length (get-conversation)',
          messages.length,
          before + 1,
        );
        const last = messages.at(-1);
        // 3.3.6 records the statuses 0 to 2 as "-4" too (its slip): only archive and trash are exact.
        const event = /^\{"event": "conversation-status-update-(\d)"\}$/.exec(last?.payload ?? '')?.[1];
        t.equal(
          'update-conversation-status',
          '$.response.messages[-1] (get-conversation)',
          last && { message: last.message, user_type: last.user_type, event: status >= 3 ? event : event && 'any' },
          { message: '', user_type: 'admin', event: status >= 3 ? String(status) : 'any' },
          `Status ${status} adds one empty message from the admin whose token made the call, its payload {"event": "conversation-status-update-<status>"}.`,
        );
      }
    },
  }),
  defineCheck({
    id: 'scenarios/departments',
    title: 'A department given to new-conversation or update-conversation-department is stored',
    area: 'scenarios',
    observes: {
      'new-conversation': ['department'],
      'update-conversation-department': ['conversation_id', 'department'],
    },
    methods: ['new-conversation', 'update-conversation-department', 'get-conversation'],
    tags: ['departments'],
    async run(t) {
      const { customer, marker } = await t.base();
      const created = await t.ok('new-conversation', {
        user_id: customer.id,
        title: `Department ${marker}`,
        department: 2,
      });
      t.equal(
        'new-conversation',
        '$.response.details.department',
        created.details.department,
        '2',
        'Department IDs read from the database travel as strings.',
      );
      const id = Number(created.details.id);
      await t.ok('update-conversation-department', { conversation_id: id, department: 3 });
      const found = await getConversation(t, id, 'update-conversation-department changed');
      t.equal('get-conversation', '$.response.details.department', found.details.department, '3');
    },
  }),
];
