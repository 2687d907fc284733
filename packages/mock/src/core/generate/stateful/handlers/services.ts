import { conversationCsv, customFieldNames, usersCsv } from '@support-board/contract';
import type { Store } from '../store.js';
import { type HandlerContext, type Handlers, refuse } from './types.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Keeps a CSV export under an unguessable folder, as the reference server does, and answers its URL. */
const exportCsv = ({ store, baseUrl, random }: HandlerContext, file: string, csv: string) => {
  const path = `${hex(crypto.getRandomValues(new Uint8Array(12)))}/${file}`;
  store.exports.set(path, csv);
  return `${baseUrl}/uploads/${path}?v=${random.int(1, 100)}`;
};

/** Every user but the bots, by first name (the reference server's database collation may order accents and case otherwise). */
const usersFile = (store: Store) => {
  const users = [...store.users.values()]
    .filter((user) => user.user_type !== 'bot')
    .sort((a, b) => a.first_name.localeCompare(b.first_name) || a.id - b.id);
  return usersCsv(users, customFieldNames(store.settings['user-additional-fields']?.[0]));
};

/**
 * Methods that need a service outside the mock (email server, push, licence and update servers)
 * answer what the reference server answers when that service is not configured.
 */
export const serviceHandlers: Handlers = {
  'send-email': ({ recipient_id, message, sender_id }, { store }) => {
    if (message === '' || message === '0') return refuse('missing-user-id-or-message', 'the message is empty');
    const recipient = store.users.get(recipient_id);
    if (!recipient || (sender_id !== undefined && !store.users.has(sender_id))) {
      return refuse('user-or-sender-not-found', `no user has the ID ${recipient ? sender_id : recipient_id}`);
    }
    if (!recipient.email) return refuse('user-email-not-found', `user ${recipient_id} has no email address`);
    const why = 'No email server is configured: the mock sends no email.';
    return refuse('email-error', why, { message: why });
  },

  // Push notifications are disabled in the demo settings (and no Pusher Beams account is configured).
  'push-notification': () => false,

  update: () => refuse('envato-purchase-code-not-found', 'the mock is never updated in place'),

  'app-activation': () => refuse('activation-not-active', 'no licence server is configured'),

  'csv-users': (_, ctx) => exportCsv(ctx, 'users.csv', usersFile(ctx.store)),

  'csv-conversations': ({ conversation_id }, ctx) => {
    if (conversation_id === undefined || !ctx.store.conversations.has(conversation_id)) return false;
    const csv = conversationCsv(ctx.store.messagesOf(conversation_id));
    return exportCsv(ctx, `conversation-${conversation_id}.csv`, csv);
  },
};
