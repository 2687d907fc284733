import { timingSafeEqual } from 'node:crypto';
import type { Admin } from '../context.js';
import type { Queryable } from '../db/database.js';

/**
 * The admin a token belongs to. Only `admin` users' tokens open the API (agents are refused, as in
 * the original). The lookup goes through the token's digest, and the found token is compared again
 * in constant time.
 */
export const findAdminByToken = async (db: Queryable, token: string): Promise<Admin | undefined> => {
  const [row] = await db<(Admin & { id: string; token: string })[]>`
    SELECT id, first_name, last_name, email, profile_image, token FROM users
    WHERE token_digest(token) = token_digest(${token}) AND user_type = 'admin'`;
  if (!row || !sameText(row.token, token)) return undefined;
  return {
    id: Number(row.id),
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    profile_image: row.profile_image,
  };
};

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};
