import type { MethodArgs, Methods } from '@support-board/contract';
import type { TestServer } from '../helpers/test-server.js';

/** Users, conversations and messages made through the API, plus the few things only SQL can do. */
export const fixtures = (t: TestServer) => {
  const user = (fields: MethodArgs<Methods['add-user']> = {}) =>
    t.client.call('add-user', { first_name: 'Don', last_name: 'John', ...fields });

  const conversation = async (userId: number, fields: Partial<MethodArgs<Methods['new-conversation']>> = {}) => {
    const created = await t.client.call('new-conversation', { user_id: userId, ...fields });
    return Number(created.details.id);
  };

  const send = async (
    userId: number,
    conversationId: number,
    message: string,
    fields: Partial<MethodArgs<Methods['send-message']>> = {},
  ) =>
    (await t.client.call('send-message', { user_id: userId, conversation_id: conversationId, message, ...fields }))[
      'message-id'
    ];

  /** Moves every message of a conversation to `time`: no method can send a message in the past. */
  const backdate = async (conversationId: number, time: string) => {
    await t.sql`UPDATE messages SET creation_time = ${time}::timestamp WHERE conversation_id = ${conversationId}`;
    await t.sql`UPDATE conversations SET last_message_time = ${time}::timestamp WHERE id = ${conversationId}`;
  };

  const count = async (table: 'conversations' | 'messages' | 'ratings' | 'webhook_deliveries') =>
    Number((await t.sql`SELECT count(*) AS n FROM ${t.sql(table)}`)[0]!.n);

  return { user, conversation, send, backdate, count };
};
