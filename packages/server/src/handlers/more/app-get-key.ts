import { defineHandler } from '../../context.js';
import { findAppKey } from '../../queries/app-keys.js';

export const appGetKey = defineHandler(
  'app-get-key',
  async ({ app_name }, { sql }) => (await findAppKey(sql, app_name)) ?? '',
);
