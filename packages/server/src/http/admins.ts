import type { Admin } from '../context.js';
import type { Sql } from '../db/database.js';
import { findAdminByToken } from '../queries/admins.js';

/** How long a token found to be an admin's is trusted without asking the database again. */
const TRUST_MS = 1000;

/**
 * The admin of a token, remembered for a second: every call needs it, and asking the database each
 * time halves the throughput of the cheapest methods. Only found admins are remembered (a new admin's
 * token works at once); `forget()` drops them all, which the dispatcher does after any change to users
 * in this process. A token revoked through another server process stops working within a second.
 * Entries are keyed by the token itself: V8 compares two strings' full hashes, seeded at random per
 * process, before their characters, so a guess is compared character by character only with a
 * remembered token of the same hash, and its timing tells nothing of a token it does not know. (A
 * digest per call cost ~2 µs of get-user's ~80.)
 */
export const createAdminLookup = (sql: Sql, now = () => Date.now()) => {
  const trusted = new Map<string, { admin: Admin; until: number }>();
  return {
    /** The admin of a token found within the last second; no promise, as this runs on every call. */
    trusted(token: string): Admin | undefined {
      const entry = trusted.get(token);
      return entry && entry.until > now() ? entry.admin : undefined;
    },
    /** The admin of a token, asked of the database unless trusted. */
    async find(token: string): Promise<Admin | undefined> {
      const known = this.trusted(token);
      if (known) return known;
      const admin = await findAdminByToken(sql, token);
      if (admin) trusted.set(token, { admin, until: now() + TRUST_MS });
      else trusted.delete(token);
      return admin;
    },
    forget() {
      trusted.clear();
    },
  };
};
