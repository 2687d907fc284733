import type { User } from '@support-board/contract';
import type { z } from 'zod';
import type { Queryable } from '../db/database.js';

export type UserRow = z.infer<typeof User>;

/** The columns of a user as the API shows it (the original's `SELECT_FROM_USERS`); never the password. */
export const userColumns = (db: Queryable, alias = 'users') =>
  db.unsafe(
    ['id', 'first_name', 'last_name', 'email', 'profile_image', 'user_type', 'creation_time', 'last_activity', 'department', 'token']
      .map((column) => `${alias}.${column}`)
      .join(', '),
  );

export const findUser = async (db: Queryable, id: number): Promise<UserRow | undefined> => {
  const [row] = await db<UserRow[]>`SELECT ${userColumns(db)} FROM users WHERE id = ${id}`;
  return row;
};

/** The additional details of a user, in the order they were added. */
export const userDetails = (db: Queryable, userId: number) =>
  db<{ slug: string; name: string; value: string }[]>`
    SELECT slug, name, value FROM users_data WHERE user_id = ${userId} ORDER BY id`;
