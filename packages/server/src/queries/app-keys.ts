import type { Queryable } from '../db/database.js';

/** The licence key saved when an app was activated, or undefined. */
export const findAppKey = async (db: Queryable, appName: string): Promise<string | undefined> => {
  const [row] = await db<{ key: string }[]>`SELECT key FROM app_keys WHERE app_name = ${appName}`;
  return row?.key;
};

/** Saves (or replaces) the licence key of an app. */
export const saveAppKey = async (db: Queryable, appName: string, key: string): Promise<void> => {
  await db`INSERT INTO app_keys (app_name, key) VALUES (${appName}, ${key})
    ON CONFLICT (app_name) DO UPDATE SET key = EXCLUDED.key`;
};
