import type { Random } from './random.js';

/** Realistic text for strings without a pattern, chosen by the name of the field that holds them. */
const FIRST_NAMES = ['Don', 'Jessica', 'Martin', 'Aiko', 'Sofia', 'Liam', 'Bruce', 'Maria', 'Alex', 'Nadia', 'Omar'];
const LAST_NAMES = ['John', 'Brenson', 'Weber', 'Tanaka', 'Rossi', 'Walsh', 'Peterson', 'Garcia', 'Smith', 'Haddad'];
const WORDS = ['order', 'invoice', 'account', 'shipping', 'refund', 'password', 'delivery', 'plan', 'support', 'help'];
const SENTENCES = [
  'Hello! How can I help you?',
  'Hi, I need help with my order.',
  'Thank you, that solved it.',
  'Could you send me the invoice again?',
  'Your parcel left our warehouse this morning.',
  'Please leave a feedback.',
  'Is there a discount for students?',
];
const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const slug = (random: Random) => `${random.pick(WORDS)}-${random.pick(WORDS)}`;

const byField: [RegExp, (random: Random) => string][] = [
  [/email/, (r) => `${r.pick(FIRST_NAMES)}.${r.pick(LAST_NAMES)}@example.com`.toLowerCase()],
  [/^first_name$/, (r) => r.pick(FIRST_NAMES)],
  [/^last_name$/, (r) => r.pick(LAST_NAMES)],
  [/slug|key|reply-name/, slug],
  [/name$/, (r) => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`],
  [/image|icon/, (r) => `https://board.support/media/${r.pick(['user', 'agent', 'bot'])}.svg`],
  [/url|link/, (r) => `https://example.com/${r.pick(WORDS)}`],
  [/token/, (r) => r.chars(HEX, 40)],
  [/password/, () => ''],
  [/^(attachments|payload)$/, () => ''],
  [/status_code$/, () => '0'],
  [/^department$/, (r) => String(r.int(1, 9))],
  [/publishid/i, (r) => `pubid-${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`],
  [/^id$/, (r) => r.chars(ALNUM, 5)],
  [/title/, (r) => `${r.pick(WORDS)} question`.replace(/^./, (c) => c.toUpperCase())],
  [/message|content|text|value|description|response/, (r) => r.pick(SENTENCES)],
];

/** A plausible value for a string field named `field` (the last key on its path). */
export const fakeText = (field: string | undefined, random: Random): string => {
  const name = (field ?? '').toLowerCase();
  for (const [test, make] of byField) if (test.test(name)) return make(random);
  return random.pick(WORDS);
};

/** A plausible key of a record (settings IDs, Slack member IDs, ...). */
export const fakeKey = (field: string | undefined, random: Random): string =>
  field === 'saved' ? `U${random.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}` : slug(random);

/** UTC `YYYY-MM-DD HH:MM:SS` between 2020 and 2025. */
export const fakeDatetime = (random: Random): string => {
  const date = new Date(Date.UTC(2020, 0, 1) + random.int(0, 6 * 365 * 86_400) * 1000);
  return date.toISOString().slice(0, 19).replace('T', ' ');
};
