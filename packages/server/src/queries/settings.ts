import type { Queryable } from '../db/database.js';

/** A setting as stored: its raw value and its type (`checkbox`, `text`, `multi-input`, `repeater`, ...). */
export interface SettingRow {
  name: string;
  value: unknown;
  type: string;
}

/** Every setting, in the order they were saved (the order the original's settings object keeps). */
export const allSettings = (db: Queryable) =>
  db<SettingRow[]>`SELECT name, value, type FROM settings ORDER BY position`;

export const findSetting = async (db: Queryable, name: string): Promise<SettingRow | undefined> => {
  const [row] = await db<SettingRow[]>`SELECT name, value, type FROM settings WHERE name = ${name}`;
  return row;
};

/**
 * The value the original's `sb_get_setting` answers: the stored value, except that a group of
 * settings (`multi-input`, stored as `{sub: [value, type]}`) loses its sub-types: `{sub: value}`.
 */
export const settingValue = (setting: SettingRow): unknown => {
  const { value } = setting;
  if (setting.type !== 'multi-input' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([sub, pair]) => [sub, Array.isArray(pair) ? pair[0] : pair]));
};

/** The unwrapped value of a setting (see `settingValue`), or undefined when it was never saved. */
export const readSetting = async (db: Queryable, name: string): Promise<unknown> => {
  const setting = await findSetting(db, name);
  return setting ? settingValue(setting) : undefined;
};
