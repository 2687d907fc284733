import { defineHandler } from '../../context.js';
import { toCsv } from '../../csv.js';
import { type ExportedUser, exportUrl, publishExport, usersForExport } from '../../queries/exports.js';
import { readSetting } from '../../queries/settings.js';

/**
 * The original's columns: the user, its built-in details, then the custom fields of the settings.
 * Built-in details are matched by slug (the original matches their free-text name); custom fields
 * by name, as the original. Unlike the original, visitors' and leads' details are exported too.
 */
const USER_COLUMNS = ['ID', 'First Name', 'Last Name', 'Email', 'Profile Image', 'Type', 'Creation Time'];
const DETAIL_COLUMNS: [label: string, slug: string][] = [
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

/** The names of the custom user fields of the setting `user-additional-fields` (a repeater). */
const customFieldNames = (setting: unknown): string[] =>
  Array.isArray(setting)
    ? setting
        .map((field) => (field as Record<string, unknown> | null)?.['extra-field-name'])
        .filter((name): name is string => typeof name === 'string' && name !== '')
    : [];

const userRow = (user: ExportedUser, customFields: string[]) => {
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

export const csvUsers = defineHandler('csv-users', async (_args, { sql, publicUrl }) => {
  const name = await sql.begin(async (tx) => {
    const customFields = customFieldNames(await readSetting(tx, 'user-additional-fields'));
    const users = await usersForExport(tx);
    const header = [...USER_COLUMNS, ...DETAIL_COLUMNS.map(([label]) => label), ...customFields];
    const rows = users.map((user) => userRow(user, customFields));
    return publishExport(tx, 'users.csv', toCsv(header, rows));
  });
  return exportUrl(publicUrl, name);
});
