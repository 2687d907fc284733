import { type Attachments, escapeHtml, type Payload } from '@support-board/contract';
import type { z } from 'zod';
import { conversationOut } from '../shape.js';
import type { Store, UserRow } from '../store.js';
import { type HandlerContext, type Handlers, refuse } from './types.js';

type Status = '0' | '1' | '2' | '3' | '4';
type Change = { message?: string; attachments?: z.output<typeof Attachments>; payload?: z.output<typeof Payload> };

const statusChanged = (ctx: HandlerContext, conversationId: number, status: number) =>
  ctx.fire('conversation-status-updated', {
    conversation_id: String(conversationId),
    status_code: String(status) as Status,
  });

/** update-message's change, shared with set-rating: the text is escaped, the creation time kept. */
const changeMessage = (store: Store, id: number, change: Change) => {
  const message = store.messages.get(id);
  if (!message) return;
  if (change.message !== undefined) message.message = escapeHtml(change.message);
  if (change.attachments !== undefined) {
    message.attachments = change.attachments.length ? JSON.stringify(change.attachments) : '';
  }
  if (change.payload !== undefined) message.payload = JSON.stringify(change.payload);
};

/**
 * 3.3 records every status change as an empty message from the calling admin. As 3.3.6 does, any
 * status but 3 is recorded as 4 (its code assigns where it means to compare).
 */
const recordStatusEvent = (ctx: HandlerContext, conversationId: number, status: number) =>
  ctx.store.addMessage({
    user_id: ctx.admin.id,
    message: '',
    creation_time: ctx.store.now(),
    status_code: 0,
    attachments: '',
    payload: `{"event": "conversation-status-update-${status === 3 ? 3 : 4}"}`,
    conversation_id: conversationId,
  });

/** The status a message sets: the one given (0 to 4); in 3.3, without one, 1 after an agent's message and 2 after a customer's. */
const statusAfterMessage = (ctx: HandlerContext, sender: UserRow, given: number) => {
  if (given >= 0 && given <= 4) return given;
  if (!ctx.fact('send-message-status-from-sender')) return undefined;
  return sender.user_type === 'agent' || sender.user_type === 'admin' ? 1 : 2;
};

export const conversationWriteHandlers: Handlers = {
  'new-conversation': (args, ctx) => {
    const { store } = ctx;
    for (const id of [args.user_id, args.agent_id]) {
      if (id !== undefined && !store.users.has(id)) return refuse('user-not-found', `no user has the ID ${id}`);
    }
    const title = escapeHtml(args.title);
    const conversation = store.addConversation({
      user_id: args.user_id,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      creation_time: store.now(),
      status_code: args.status_code === -1 ? 2 : args.status_code,
      department: args.department ?? null,
      agent_id: args.agent_id ?? null,
    });
    const answer = conversationOut(store, conversation.id);
    if (!answer) throw new Error('the new conversation is missing');
    ctx.fire('new-conversation-created', answer);
    return answer;
  },

  'update-conversation-status': ({ conversation_id, status_code }, ctx) => {
    const { store } = ctx;
    if (status_code === 5) {
      for (const conversation of [...store.conversations.values()]) {
        if (conversation.status_code === 4) store.deleteConversation(conversation.id);
      }
      return true;
    }
    const conversation = store.conversations.get(conversation_id);
    if (conversation) {
      conversation.status_code = status_code;
      statusChanged(ctx, conversation.id, status_code);
      if (ctx.fact('update-conversation-status-event-message')) recordStatusEvent(ctx, conversation.id, status_code);
    }
    return true;
  },

  // The message would be emailed to the department's agents: the mock has no email server, so no email-sent.
  'update-conversation-department': ({ conversation_id, department }, { store }) => {
    const conversation = store.conversations.get(conversation_id);
    if (conversation) conversation.department = department;
    return true;
  },

  'set-rating': ({ settings, payload, message_id, message }, { store }) => {
    if (settings.conversation_id === undefined) {
      return refuse('conversation-id-not-found', 'settings has no conversation_id');
    }
    if (settings.rating === undefined) return false;
    store.ratings.set(settings.conversation_id, {
      rating: settings.rating,
      ...(settings.agent_id === undefined ? {} : { agent_id: settings.agent_id }),
    });
    if (message_id !== undefined) changeMessage(store, message_id, { message, payload });
    return true;
  },

  'send-message': (args, ctx) => {
    const { store, admin } = ctx;
    const sender = store.users.get(args.user_id);
    if (!sender) return refuse('user-not-found', `no user has the ID ${args.user_id}`);
    const conversation = store.conversations.get(args.conversation_id);
    if (!conversation) return refuse('conversation-not-found', `no conversation has the ID ${args.conversation_id}`);
    const text = escapeHtml(args.message)
      .replaceAll('{user_name}', `${admin.first_name} ${admin.last_name}`.trim())
      .replaceAll('{user_email}', admin.email ?? '');
    const message = store.addMessage({
      user_id: sender.id,
      message: text,
      creation_time: store.now(),
      status_code: 0,
      attachments: args.attachments.length ? JSON.stringify(args.attachments) : '',
      payload: args.payload ? JSON.stringify(args.payload) : '',
      conversation_id: conversation.id,
    });
    sender.typing = -1;
    const given = String(args.conversation_status) as Status | '-1';
    ctx.fire('message-sent', {
      user_id: String(sender.id),
      conversation_id: String(conversation.id),
      conversation_status: given,
      conversation_status_code: given,
      message_id: String(message.id),
      message: text,
      ...(args.attachments.length ? { attachments: args.attachments } : {}),
    });
    const status = statusAfterMessage(ctx, sender, args.conversation_status);
    // A status given is announced; one the sender implies (3.3) only when it changes.
    if (status !== undefined && (status === args.conversation_status || status !== conversation.status_code)) {
      conversation.status_code = status;
      statusChanged(ctx, conversation.id, status);
    }
    return { status: 'success', 'message-id': message.id, queue: false };
  },

  'update-message': ({ message_id, message, attachments, payload }, { store }) => {
    if (message === undefined && attachments === undefined && payload === undefined) {
      return refuse('missing-arguments', 'give at least one of message, attachments and payload');
    }
    changeMessage(store, message_id, { message, attachments, payload });
    return true;
  },

  'delete-message': ({ message_id }, ctx) => {
    if (ctx.store.messages.delete(message_id)) ctx.fire('message-deleted', String(message_id));
    return true;
  },
};
