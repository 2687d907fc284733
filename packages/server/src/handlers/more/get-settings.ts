import { defineHandler } from '../../context.js';
import { allSettings } from '../../queries/settings.js';

/** `{name: [value, type], ...}` in saved order; `[]` when none was ever saved, as the original's empty PHP array. */
export const getSettings = defineHandler('get-settings', async (_args, { sql }) => {
  const rows = await allSettings(sql);
  if (!rows.length) return [];
  return Object.fromEntries(rows.map((row) => [row.name, [row.value, row.type]])) as Record<string, [unknown, string]>;
});
