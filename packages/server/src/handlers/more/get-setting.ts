import { defineHandler } from '../../context.js';
import { findSetting, settingValue } from '../../queries/settings.js';

export const getSetting = defineHandler('get-setting', async ({ setting }, { sql }) => {
  const row = await findSetting(sql, setting);
  return row ? settingValue(row) : false;
});
