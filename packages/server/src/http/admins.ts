import { hash } from 'node:crypto';
import type { Admin } from '../context.js';
import type { Sql } from '../db/database.js';
import { findAdminByToken } from '../queries/admins.js';

// One-shot: a third of createHash().update().digest()'s time, and no object to collect.
const digest = (token: string) => hash('sha256', token, 'base64');

/** How long a token found to be an admin's is trusted without asking the database again. */
const TRUST_MS = 1000;

/**
 * The admin of a token, remembered for a second: every call needs it, and asking the database each
 * time halves the throughput of the cheapest methods. Only found admins are remembered (a new admin's
 * token works at once); entries are keyed by the token's digest, as the database looks tokens up (no
 * comparison of a secret that ends early where it differs); `forget()` drops them all, which the
 * dispatcher does after any change to users in this process. A token revoked through another server
 * process stops working within a second.
 */
export const createAdminLookup = (sql: Sql, now = () => Date.now()) => {
  const trusted = new Map<string, { admin: Admin; until: number }>();
  return {
    /** The admin of a token found within the last second; no promise, as this runs on every call. */
    trusted(token: string): Admin | undefined {
      const entry = trusted.get(digest(token));
      return entry && entry.until > now() ? entry.admin : undefined;
    },
    /** The admin of a token, asked of the database unless trusted. */
    async find(token: string): Promise<Admin | undefined> {
      const known = this.trusted(token);
      if (known) return known;
      const admin = await findAdminByToken(sql, token);
      if (admin) trusted.set(digest(token), { admin, until: now() + TRUST_MS });
      else trusted.delete(digest(token));
      return admin;
    },
    forget() {
      trusted.clear();
    },
  };
};
