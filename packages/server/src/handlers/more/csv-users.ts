import { customFieldNames, usersCsv } from '@support-board/contract';
import { defineHandler } from '../../context.js';
import { exportUrl, publishExport, usersForExport } from '../../queries/exports.js';
import { readSetting } from '../../queries/settings.js';

// Unlike the original, visitors' and leads' details are exported too.
export const csvUsers = defineHandler('csv-users', async (_args, { sql, publicUrl }) => {
  const name = await sql.begin(async (tx) => {
    const customFields = customFieldNames(await readSetting(tx, 'user-additional-fields'));
    return publishExport(tx, 'users.csv', usersCsv(await usersForExport(tx), customFields));
  });
  return exportUrl(publicUrl, name);
});
