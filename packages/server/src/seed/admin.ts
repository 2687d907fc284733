import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database.js';

/** A token as the original makes them: 20 random bytes, 40 lowercase hex characters. */
export const newToken = () => randomBytes(20).toString('hex');

/**
 * The admin the README's token belongs to: created on the first start (with `ADMIN_TOKEN` or a
 * random token), and given `ADMIN_TOKEN` on later starts when it is set.
 */
export const ensureAdmin = async (sql: Sql, adminToken: string | undefined, publicUrl: string) =>
  sql.begin(async (tx) => {
    const [existing] = await tx<{ id: string; token: string }[]>`
      SELECT id, token FROM users WHERE user_type = 'admin' ORDER BY id LIMIT 1 FOR UPDATE`;
    if (existing) {
      if (adminToken && adminToken !== existing.token) {
        await tx`UPDATE users SET token = ${adminToken} WHERE id = ${existing.id}`;
      }
      return { id: Number(existing.id), token: adminToken ?? existing.token, created: false };
    }
    const token = adminToken ?? newToken();
    const [row] = await tx<{ id: string }[]>`
      INSERT INTO users (first_name, last_name, email, profile_image, user_type, token, last_activity)
      VALUES ('Alex', 'Smith', 'admin@example.com', ${`${publicUrl}/media/admin.svg`}, 'admin', ${token}, utc_now())
      RETURNING id`;
    return { id: Number(row!.id), token, created: true };
  });
