import { randomBytes } from 'node:crypto';
import { ConfigError, checkAdminToken } from '../config.js';
import type { Sql } from '../db/database.js';

/** A token as the original makes them: 20 random bytes, 40 lowercase hex characters. */
export const newToken = () => randomBytes(20).toString('hex');

/**
 * The admin the README's token belongs to: created on the first start (with `ADMIN_TOKEN` or a
 * random token), and given `ADMIN_TOKEN` on later starts when it is set. `ADMIN_TOKEN` must have
 * the form of a token and must not be another user's token (a ConfigError says so).
 */
export const ensureAdmin = async (sql: Sql, adminToken: string | undefined, publicUrl: string) =>
  sql.begin(async (tx) => {
    if (adminToken !== undefined) checkAdminToken(adminToken);
    const [existing] = await tx<{ id: string; token: string }[]>`
      SELECT id, token FROM users WHERE user_type = 'admin' ORDER BY id LIMIT 1 FOR UPDATE`;
    if (adminToken && adminToken !== existing?.token) {
      // Tokens are unique: say whose it is rather than let the unique index refuse it.
      const [owner] = await tx<{ id: string; user_type: string }[]>`
        SELECT id, user_type FROM users WHERE token_digest(token) = token_digest(${adminToken})`;
      if (owner) {
        throw new ConfigError(
          `ADMIN_TOKEN is already the token of another user (ID ${owner.id}, ${owner.user_type}): choose another one.`,
        );
      }
    }
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
