/** The files csv-users and csv-conversations export, written once for the reference server and the mock. */

/** A CSV cell: database strings, computed numbers, `null` for an empty column. */
export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV formula injection): a
 * user's name such as `=HYPERLINK(...)` would execute when an agent opens the export. Such cells
 * get a leading `'`, which spreadsheets read as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (cell: CsvCell): string => {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV document (RFC 4180): a header row then the rows, each line ended by CRLF. */
export const toCsv = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');

/** The columns of the conversation CSV file, in order (note csv-conversations-header). */
export const CSV_CONVERSATION_COLUMNS = [
  'ID',
  'User ID',
  'Message',
  'Creation Time',
  'Status Code',
  'Attachments',
  'Payload',
  'Conversation ID',
] as const;

export interface ExportedMessage {
  id: CsvCell;
  user_id: CsvCell;
  message: string;
  creation_time: string;
  status_code: CsvCell;
  attachments: string;
  payload: string;
  conversation_id: CsvCell;
}

/** The file of csv-conversations: one row a message, oldest first. */
export const conversationCsv = (messages: readonly ExportedMessage[]): string =>
  toCsv(
    CSV_CONVERSATION_COLUMNS,
    messages.map((m) => [
      m.id,
      m.user_id,
      m.message,
      m.creation_time,
      m.status_code,
      m.attachments,
      m.payload,
      m.conversation_id,
    ]),
  );

const USER_COLUMNS = ['ID', 'First Name', 'Last Name', 'Email', 'Profile Image', 'Type', 'Creation Time'];
/** The built-in details, by label and slug. */
const DETAIL_COLUMNS: readonly (readonly [label: string, slug: string])[] = [
  ['Birthdate', 'birthday'],
  ['City', 'city'],
  ['Company', 'company'],
  ['Country', 'country'],
  ['Facebook', 'facebook'],
  ['Language', 'language'],
  ['LinkedIn', 'linkedin'],
  ['Phone', 'phone'],
  ['Twitter', 'twitter'],
  ['Website', 'website'],
];

export interface ExportedUser {
  id: CsvCell;
  first_name: string;
  last_name: string;
  email: string | null;
  profile_image: string | null;
  user_type: string;
  creation_time: string;
  /** The user's additional details, in the order they were added. */
  details: readonly { slug: string; name: string; value: string }[];
}

/** The names of the custom user fields of the setting `user-additional-fields` (a repeater). */
export const customFieldNames = (setting: unknown): string[] =>
  Array.isArray(setting)
    ? setting
        .map((field) => (field as Record<string, unknown> | null)?.['extra-field-name'])
        .filter((name): name is string => typeof name === 'string' && name !== '')
    : [];

const userRow = (user: ExportedUser, customFields: readonly string[]): CsvCell[] => {
  const bySlug = new Map(user.details.map((detail) => [detail.slug, detail.value]));
  const byName = new Map(user.details.map((detail) => [detail.name, detail.value]));
  return [
    user.id,
    user.first_name,
    user.last_name,
    user.email,
    user.profile_image,
    user.user_type,
    user.creation_time,
    ...DETAIL_COLUMNS.map(([, slug]) => bySlug.get(slug) ?? ''),
    ...customFields.map((name) => byName.get(name) ?? ''),
  ];
};

/**
 * The file of csv-users, the original's columns: the user, its built-in details, then the custom
 * fields of the settings. Built-in details are matched by slug (the original matches their
 * free-text name); custom fields by name, as the original.
 */
export const usersCsv = (users: readonly ExportedUser[], customFields: readonly string[]): string =>
  toCsv(
    [...USER_COLUMNS, ...DETAIL_COLUMNS.map(([label]) => label), ...customFields],
    users.map((user) => userRow(user, customFields)),
  );
