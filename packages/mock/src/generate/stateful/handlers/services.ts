import { randomBytes } from 'node:crypto';
import { CSV_CONVERSATION_COLUMNS } from '@support-board/contract';
import type { Store } from '../store.js';
import { type HandlerContext, type Handlers, refuse } from './types.js';

const csvLine = (values: (string | number | null)[]) =>
  values
    .map((value) => (/[",\n\r]/.test(String(value ?? '')) ? `"${String(value).replace(/"/g, '""')}"` : (value ?? '')))
    .join(',');

/** Keeps a CSV export under an unguessable folder, as the reference server does, and answers its URL. */
const exportCsv = ({ store, baseUrl, random }: HandlerContext, file: string, rows: (string | number | null)[][]) => {
  const path = `${randomBytes(12).toString('hex')}/${file}`;
  store.exports.set(path, `${rows.map(csvLine).join('\n')}\n`);
  return `${baseUrl}/uploads/${path}?v=${random.int(1, 100)}`;
};

const userRows = (store: Store) => [
  ['ID', 'First Name', 'Last Name', 'Email', 'Profile Image', 'Type', 'Creation Time', 'Last Activity', 'Department'],
  ...[...store.users.values()]
    .filter((user) => user.user_type !== 'bot')
    .map((user) => [
      user.id,
      user.first_name,
      user.last_name,
      user.email,
      user.profile_image,
      user.user_type,
      user.creation_time,
      user.last_activity,
      user.department,
    ]),
];

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

  'csv-users': (_, ctx) => exportCsv(ctx, 'users.csv', userRows(ctx.store)),

  'csv-conversations': ({ conversation_id }, ctx) => {
    if (conversation_id === undefined || !ctx.store.conversations.has(conversation_id)) return false;
    const header = [...CSV_CONVERSATION_COLUMNS];
    const rows = ctx.store
      .messagesOf(conversation_id)
      .map((m) => [
        m.id,
        m.user_id,
        m.message,
        m.creation_time,
        m.status_code,
        m.attachments,
        m.payload,
        m.conversation_id,
      ]);
    return exportCsv(ctx, `conversation-${conversation_id}.csv`, [header, ...rows]);
  },
};
