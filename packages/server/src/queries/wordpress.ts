import type { Queryable } from '../db/database.js';

export interface ImportedUser {
  first_name: string;
  last_name: string;
  email: string;
  profile_image: string;
  token: string;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

/**
 * Adds the users whose email no user has yet (compared case-insensitively, as the unique index
 * does) as `user`s without a password; answers how many were added.
 */
export const importUsers = async (db: Queryable, users: readonly ImportedUser[]): Promise<number> => {
  let added = 0;
  for (let start = 0; start < users.length; start += BATCH) {
    const rows = users.slice(start, start + BATCH).map((user) => ({ ...user, user_type: 'user', password: '' }));
    const result = await db`
      INSERT INTO users ${db(rows, 'first_name', 'last_name', 'email', 'profile_image', 'token', 'user_type', 'password')}
      ON CONFLICT DO NOTHING`;
    added += result.count;
  }
  return added;
};
