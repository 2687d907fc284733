import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck, versionsWithout } from '../define.js';
import { findConversation, getConversation } from '../shared/conversations.js';
import { expectUnchanged, snapshot } from '../shared/state.js';
import { UNKNOWN_ID } from './fixture-args.js';

/** A fresh conversation of the customer with one message, and that message's ID. */
const spare = async (t: CheckContext) => {
  const fx = await t.base();
  const conversation = await t.conversation({ user_id: fx.customer.id, title: `Spare ${fx.marker}`, status_code: 0 });
  // Status 0 given: version 3.3 would otherwise set it from the sender.
  const message = await t.message(conversation, fx.customer.id, `Spare ${fx.marker}`, 0);
  return { conversation, message };
};

/** How many conversation IDs between two of the suite's the check reads back, at most. */
const MAX_BETWEEN = 50;

/**
 * Makes the refused new-conversation call between two conversations the suite creates for the
 * customer, then reads back every ID between theirs with get-conversation: none may be the
 * conversation the refused call was asked for (its `title`, or its user `userId`).
 */
const expectNoConversationCreated = async (
  t: CheckContext,
  title: string,
  userId: number,
  refuse: () => Promise<unknown>,
) => {
  const fx = await t.base();
  const bracket = () => t.conversation({ user_id: fx.customer.id, title: `Bracket ${fx.marker}` });
  const first = await bracket();
  await refuse();
  const last = await bracket();
  if (last <= first) {
    t.skip(
      `new-conversation answered the IDs ${first}, then ${last}: they do not increase, so the suite cannot look for a conversation the refused call may have created`,
    );
  }
  if (last - first - 1 > MAX_BETWEEN) {
    t.skip(
      `${last - first - 1} conversations were created on the target during the check: too many to look for one the refused call may have created`,
    );
  }
  for (let id = first + 1; id < last; id++) {
    const found = await findConversation(t, id);
    if (!found) continue;
    const { details } = found;
    t.check(details.title !== title && String(details.user_id) !== String(userId), {
      method: 'new-conversation',
      path: `get-conversation $.response.details (conversation ${id})`,
      expected: `no conversation "${title}" of user ${userId}: new-conversation was refused`,
      received: show({ id: details.id, user_id: details.user_id, title: details.title }),
      hint: 'A refused new-conversation must create nothing; get-conversation finds the conversation it created anyway.',
    });
  }
};

const messageCount = async (t: CheckContext, conversation: number) =>
  (await getConversation(t, conversation, 'the check created')).messages.length;

/** The documented error codes of the conversation and other methods. */
export const conversationErrorCodeChecks: Check[] = [
  defineCheck({
    id: 'negative/error-code/update-conversation-status/invalid-status-code',
    title: 'update-conversation-status with the status 9 answers invalid-status-code and keeps the status',
    area: 'negative',
    provokes: { 'update-conversation-status': ['invalid-status-code'] },
    methods: ['update-conversation-status', 'get-conversation'],
    tags: ['error-code', 'status'],
    async run(t) {
      const { conversation } = await spare(t);
      await t.refused(
        'update-conversation-status',
        { conversation_id: conversation, status_code: 0 },
        'invalid-status-code',
        {
          set: { status_code: '9' },
        },
      );
      const found = await getConversation(t, conversation, 'the check created');
      t.equal(
        'update-conversation-status',
        '$.response.details.conversation_status_code (get-conversation)',
        found.details.conversation_status_code,
        '0',
      );
    },
  }),
  defineCheck({
    id: 'negative/error-code/send-message/invalid-status-code',
    title: 'send-message with the conversation status 9 answers invalid-status-code',
    area: 'negative',
    provokes: { 'send-message': ['invalid-status-code'] },
    methods: ['send-message'],
    tags: ['error-code', 'status'],
    // Version 3.3 takes any status: scenarios/send-message-status-from-sender checks what it does.
    versions: versionsWithout('send-message-status-from-sender'),
    facts: ['send-message-status-from-sender'],
    async run(t) {
      const fx = await t.base();
      const { conversation } = await spare(t);
      await t.refused(
        'send-message',
        { user_id: fx.customer.id, conversation_id: conversation, message: 'Status?' },
        'invalid-status-code',
        {
          set: { conversation_status: '9', conversation_status_code: '9' },
        },
      );
    },
  }),
  // Full, not core: the documentation gives send-message's invalid-status-code (checked in core above) but
  // not what happens to the message, and the original inserts it before answering the code.
  defineCheck({
    id: 'negative/error-code/send-message/nothing-inserted',
    title: 'send-message refused for its status adds no message',
    area: 'negative',
    methods: ['send-message', 'get-conversation'],
    notes: ['send-message-invalid-status'],
    tags: ['error-code', 'status'],
    versions: versionsWithout('send-message-status-from-sender'),
    facts: ['send-message-status-from-sender'],
    async run(t) {
      const fx = await t.base();
      const { conversation } = await spare(t);
      const count = await messageCount(t, conversation);
      await t.answer(
        'send-message',
        { user_id: fx.customer.id, conversation_id: conversation, message: 'Status?' },
        {
          set: { conversation_status: '9', conversation_status_code: '9' },
        },
      );
      t.equal(
        'send-message',
        '$.response.messages.length (get-conversation)',
        await messageCount(t, conversation),
        count,
      );
    },
  }),
  // Full, not core: the documentation gives send-message no not-found code ("invalid-status-code, MySQL
  // error message"), and the original answers db-error with the MySQL text for an unknown ID.
  defineCheck({
    id: 'negative/error-code/send-message/unknown-ids',
    title: 'send-message to an unknown conversation or from an unknown user answers the not-found code',
    area: 'negative',
    provokes: { 'send-message': ['conversation-not-found', 'user-not-found'] },
    methods: ['send-message'],
    notes: ['send-message-unknown-ids'],
    tags: ['error-code'],
    async run(t) {
      const fx = await t.base();
      const before = await snapshot(t);
      await t.refused(
        'send-message',
        { user_id: fx.customer.id, conversation_id: UNKNOWN_ID, message: 'Lost' },
        'conversation-not-found',
      );
      await t.refused(
        'send-message',
        { user_id: UNKNOWN_ID, conversation_id: fx.conversation.id, message: 'Lost' },
        'user-not-found',
      );
      await expectUnchanged(t, 'send-message', before);
    },
  }),
  defineCheck({
    id: 'negative/error-code/new-conversation/user-not-found',
    title: 'new-conversation for an unknown user answers user-not-found and creates no conversation',
    area: 'negative',
    provokes: { 'new-conversation': ['user-not-found'] },
    methods: ['new-conversation', 'get-conversation'],
    tags: ['error-code'],
    async run(t) {
      const title = `Orphan ${t.fixtures.marker}`;
      await expectNoConversationCreated(t, title, UNKNOWN_ID, () =>
        t.refused('new-conversation', { user_id: UNKNOWN_ID, title }, 'user-not-found'),
      );
    },
  }),
  // Full, not core: the documentation gives new-conversation user-not-found only (invalid-status-code is
  // update-conversation-status's), and the original stores any status it is given.
  defineCheck({
    id: 'negative/error-code/new-conversation/invalid-status-code',
    title: 'new-conversation with the status 9 answers invalid-status-code and creates no conversation',
    area: 'negative',
    provokes: { 'new-conversation': ['invalid-status-code'] },
    methods: ['new-conversation', 'get-conversation'],
    notes: ['new-conversation-status-validated'],
    tags: ['error-code', 'status'],
    async run(t) {
      const fx = await t.base();
      const title = `Status nine ${fx.marker}`;
      await expectNoConversationCreated(t, title, fx.customer.id, () =>
        t.refused('new-conversation', { user_id: fx.customer.id, title }, 'invalid-status-code', {
          set: { status_code: '9' },
        }),
      );
    },
  }),
  defineCheck({
    id: 'negative/error-code/update-message/missing-arguments',
    title: 'update-message with neither message, attachments nor payload answers missing-arguments',
    area: 'negative',
    provokes: { 'update-message': ['missing-arguments'] },
    methods: ['update-message', 'get-conversation'],
    tags: ['error-code'],
    async run(t) {
      const { conversation, message } = await spare(t);
      const before = await getConversation(t, conversation, 'the check created');
      await t.refused('update-message', { message_id: message }, 'missing-arguments');
      const after = await getConversation(t, conversation, 'the check created');
      t.equal('update-message', '$.response.messages (get-conversation)', after.messages, before.messages);
    },
  }),
  defineCheck({
    id: 'negative/error-code/set-rating/conversation-id-not-found',
    title: 'set-rating whose settings have no conversation_id answers conversation-id-not-found and counts no rating',
    area: 'negative',
    provokes: { 'set-rating': ['conversation-id-not-found'] },
    methods: ['set-rating', 'get-rating'],
    tags: ['error-code', 'ratings'],
    async run(t) {
      const { marker } = await t.base();
      const agent = await t.user({ first_name: 'Unrated', last_name: marker, user_type: 'agent' });
      const before = await t.ok('get-rating', { user_id: agent });
      await t.refused('set-rating', { settings: { rating: 1, agent_id: agent } }, 'conversation-id-not-found');
      t.equal(
        'set-rating',
        '$.response (get-rating of the agent the refused rating named)',
        await t.ok('get-rating', { user_id: agent }),
        before,
        'A refused set-rating must store nothing; get-rating counts the rating anyway.',
      );
    },
  }),
];
