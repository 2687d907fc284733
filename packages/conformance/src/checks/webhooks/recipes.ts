import type { MethodName, WebhookName } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import { notConfiguredReason } from '../integrations/not-configured.js';

/** A field of `data` that must hold the given value for a delivery to be the one the call caused. */
export interface Expected {
  path: (string | number)[];
  value: unknown;
}

export interface Recipe {
  webhook: WebhookName;
  /** The call that fires it (one of the webhook's `firedBy`). */
  method: MethodName;
  trigger(t: CheckContext): Promise<Expected[]>;
}

const integration = async (
  t: CheckContext,
  method: MethodName,
  answer: Awaited<ReturnType<CheckContext['answer']>>,
) => {
  const reason = notConfiguredReason(method, answer);
  if (reason) t.skip(`${reason}, so it fires no webhook`);
  return t.expectSuccess(method, answer);
};

/** How the suite makes each webhook fire through the API, and how it recognises the delivery. */
export const recipes: Recipe[] = [
  {
    webhook: 'message-sent',
    method: 'send-message',
    async trigger(t) {
      const { customer, conversation, marker } = await t.base();
      const id = await t.message(conversation.id, customer.id, `Webhook ${marker}`);
      return [
        { path: ['message_id'], value: String(id) },
        { path: ['conversation_id'], value: String(conversation.id) },
        { path: ['user_id'], value: String(customer.id) },
        { path: ['message'], value: `Webhook ${marker}` },
      ];
    },
  },
  {
    webhook: 'new-conversation-created',
    method: 'new-conversation',
    async trigger(t) {
      const { customer, marker } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Webhook ${marker}` });
      return [
        { path: ['details', 'id'], value: String(id) },
        { path: ['details', 'user_id'], value: String(customer.id) },
      ];
    },
  },
  {
    webhook: 'conversation-status-updated',
    method: 'update-conversation-status',
    async trigger(t) {
      const { customer, marker } = await t.base();
      const id = await t.conversation({ user_id: customer.id, title: `Status webhook ${marker}` });
      await t.ok('update-conversation-status', { conversation_id: id, status_code: 1 });
      return [
        { path: ['conversation_id'], value: String(id) },
        { path: ['status_code'], value: '1' },
      ];
    },
  },
  {
    webhook: 'message-deleted',
    method: 'delete-message',
    async trigger(t) {
      const { customer, conversation, marker } = await t.base();
      const id = await t.message(conversation.id, customer.id, `Deleted ${marker}`);
      await t.ok('delete-message', { message_id: id });
      return [{ path: [], value: String(id) }];
    },
  },
  {
    webhook: 'user-deleted',
    method: 'delete-user',
    async trigger(t) {
      const { marker } = await t.base();
      const id = await t.user({ first_name: 'Deleted', last_name: marker });
      await t.ok('delete-user', { user_id: id });
      return [{ path: [], value: String(id) }];
    },
  },
  {
    webhook: 'new-email-address',
    method: 'add-user',
    async trigger(t) {
      const { marker } = await t.base();
      const email = `${marker}.hook@example.com`;
      await t.user({ first_name: 'Hook', last_name: marker, email });
      return [{ path: ['email'], value: email }];
    },
  },
  {
    webhook: 'email-sent',
    method: 'send-email',
    async trigger(t) {
      const { customer, marker } = await t.base();
      const message = `Email webhook ${marker}`;
      await integration(t, 'send-email', await t.answer('send-email', { recipient_id: customer.id, message }));
      return [
        { path: ['recipient_id'], value: String(customer.id) },
        { path: ['message'], value: message },
      ];
    },
  },
  {
    webhook: 'slack-message-sent',
    method: 'send-slack-message',
    async trigger(t) {
      const { customer, marker } = await t.base();
      const message = `Slack webhook ${marker}`;
      await integration(
        t,
        'send-slack-message',
        await t.answer('send-slack-message', { user_id: customer.id, message }),
      );
      return [{ path: ['message'], value: message }];
    },
  },
  {
    webhook: 'bot-message',
    method: 'send-bot-message',
    async trigger(t) {
      const { conversation, marker } = await t.base();
      const message = `Hello ${marker}`;
      await integration(
        t,
        'send-bot-message',
        await t.answer('send-bot-message', { conversation_id: conversation.id, message }),
      );
      return [{ path: ['message'], value: message }];
    },
  },
];
