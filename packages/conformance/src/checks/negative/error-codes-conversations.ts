import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { expectUnchanged, snapshot } from '../shared/state.js';

const UNKNOWN_ID = 2_147_483_000;

/** A fresh conversation of the customer with one message, and that message's ID. */
const spare = async (t: CheckContext) => {
  const fx = await t.base();
  const conversation = await t.conversation({ user_id: fx.customer.id, title: `Spare ${fx.marker}`, status_code: 0 });
  const message = await t.message(conversation, fx.customer.id, `Spare ${fx.marker}`);
  return { conversation, message };
};

const messageCount = async (t: CheckContext, conversation: number) => {
  const found = await t.ok('get-conversation', { conversation_id: conversation });
  return found.messages.length;
};

/** The documented error codes of the conversation and other methods. */
export const conversationErrorCodeChecks: Check[] = [
  defineCheck({
    id: 'negative/error-code/update-conversation-status/invalid-status-code',
    title: 'update-conversation-status with the status 9 answers invalid-status-code and keeps the status',
    area: 'negative',
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
      const found = await t.ok('get-conversation', { conversation_id: conversation });
      t.equal(
        'update-conversation-status',
        '$.response.details.conversation_status_code (get-conversation)',
        found.details && (found.details as { conversation_status_code?: unknown }).conversation_status_code,
        '0',
      );
    },
  }),
  defineCheck({
    id: 'negative/error-code/send-message/invalid-status-code',
    title: 'send-message with the conversation status 9 answers invalid-status-code',
    area: 'negative',
    methods: ['send-message'],
    tags: ['error-code', 'status'],
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
  defineCheck({
    id: 'negative/error-code/send-message/nothing-inserted',
    title: 'send-message refused for its status adds no message',
    area: 'negative',
    methods: ['send-message', 'get-conversation'],
    notes: ['send-message-invalid-status'],
    tags: ['error-code', 'status'],
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
  defineCheck({
    id: 'negative/error-code/send-message/unknown-ids',
    title: 'send-message to an unknown conversation or from an unknown user answers the not-found code',
    area: 'negative',
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
    title: 'new-conversation for an unknown user answers user-not-found',
    area: 'negative',
    methods: ['new-conversation'],
    tags: ['error-code'],
    async run(t) {
      await t.refused('new-conversation', { user_id: UNKNOWN_ID }, 'user-not-found');
    },
  }),
  defineCheck({
    id: 'negative/error-code/new-conversation/invalid-status-code',
    title: 'new-conversation with the status 9 answers invalid-status-code',
    area: 'negative',
    methods: ['new-conversation'],
    notes: ['new-conversation-status-validated'],
    tags: ['error-code', 'status'],
    async run(t) {
      const fx = await t.base();
      await t.refused('new-conversation', { user_id: fx.customer.id }, 'invalid-status-code', {
        set: { status_code: '9' },
      });
    },
  }),
  defineCheck({
    id: 'negative/error-code/update-message/missing-arguments',
    title: 'update-message with neither message, attachments nor payload answers missing-arguments',
    area: 'negative',
    methods: ['update-message', 'get-conversation'],
    tags: ['error-code'],
    async run(t) {
      const { conversation, message } = await spare(t);
      const before = await t.ok('get-conversation', { conversation_id: conversation });
      await t.refused('update-message', { message_id: message }, 'missing-arguments');
      const after = await t.ok('get-conversation', { conversation_id: conversation });
      t.equal('update-message', '$.response.messages (get-conversation)', after.messages, before.messages);
    },
  }),
  defineCheck({
    id: 'negative/error-code/set-rating/conversation-id-not-found',
    title: 'set-rating whose settings have no conversation_id answers conversation-id-not-found',
    area: 'negative',
    methods: ['set-rating'],
    tags: ['error-code'],
    async run(t) {
      await t.refused('set-rating', { settings: { rating: 1 } }, 'conversation-id-not-found');
    },
  }),
];
