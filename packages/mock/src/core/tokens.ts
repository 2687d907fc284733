import type { StatefulEngine } from './generate/stateful/engine.js';

export interface TokenCheck {
  /** Whether only some tokens are an admin's (`--token`): otherwise any non-empty token is. */
  readonly restricted: boolean;
  /** Whether this token is an admin's. */
  accepts(token: string): boolean;
}

/**
 * Compared without an early exit, as the reference server compares tokens: the time taken depends on
 * the candidate's length only, not on where it differs. Plain JavaScript, so that it runs in browsers
 * too (MSW); Web Crypto has no synchronous comparison.
 */
const same = (candidate: string, token: string) => {
  let difference = candidate.length ^ token.length;
  for (let i = 0; i < candidate.length; i++) difference |= candidate.charCodeAt(i) ^ token.charCodeAt(i % token.length);
  return difference === 0;
};

/**
 * Which tokens are an admin's. Without a configured token, any non-empty one. With one, that token,
 * and in stateful mode the token of any admin in the store (an agent's token is refused, as by the
 * original).
 */
export const createTokenCheck = (token: string | undefined, engine: StatefulEngine | undefined): TokenCheck => ({
  restricted: token !== undefined,
  accepts(candidate) {
    if (!candidate) return false;
    if (token === undefined) return true;
    if (same(candidate, token)) return true;
    if (!engine) return false;
    for (const user of engine.store.users.values()) {
      if (user.user_type === 'admin' && same(candidate, user.token)) return true;
    }
    return false;
  },
});

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export const bearerToken = (header: string | undefined) => {
  const found = /^Bearer\s+(\S.*)$/i.exec(header?.trim() ?? '');
  return found?.[1]?.trim() || undefined;
};
