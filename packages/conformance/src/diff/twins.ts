/**
 * Values that stand for the same thing on both sides: the IDs each side created, the tokens and the
 * random values the run sent. One-to-one within a kind (users, conversations, messages, ...: A's
 * user 2 and A's conversation 2 are different things), bound the first time two values meet in paired
 * calls; afterwards A's value equals B's only when they are twins.
 */
export class Twins {
  private readonly kinds = new Map<string, { aToB: Map<string, string>; bToA: Map<string, string> }>();

  private of(kind: string) {
    let maps = this.kinds.get(kind);
    if (!maps) {
      maps = { aToB: new Map(), bToA: new Map() };
      this.kinds.set(kind, maps);
    }
    return maps;
  }

  /** Binds `a` to `b` when neither is bound yet in `kind`; answers whether they are twins now. */
  bind(kind: string, a: string, b: string): boolean {
    const { aToB, bToA } = this.of(kind);
    const known = aToB.get(a);
    if (known !== undefined) return known === b;
    if (bToA.has(b)) return false;
    aToB.set(a, b);
    bToA.set(b, a);
    return true;
  }

  /** Whether `a` and `b` are twins in `kind`, or in any kind when none is given (IDs inside a text). */
  same(kind: string | undefined, a: string, b: string): boolean {
    if (kind !== undefined) return this.kinds.get(kind)?.aToB.get(a) === b;
    return [...this.kinds.values()].some(({ aToB }) => aToB.get(a) === b);
  }

  /** A's value in B's terms, when it is bound in `kind`. */
  twinOf(kind: string, a: string): string | undefined {
    return this.kinds.get(kind)?.aToB.get(a);
  }

  isBoundA(kind: string, a: string): boolean {
    return this.kinds.get(kind)?.aToB.has(a) ?? false;
  }

  isBoundB(kind: string, b: string): boolean {
    return this.kinds.get(kind)?.bToA.has(b) ?? false;
  }
}

const USER_METHODS = new Set([
  'get-user',
  'get-users',
  'get-new-users',
  'search-users',
  'get-online-users',
  'add-user',
  'update-user',
  'update-user-to-lead',
]);

/**
 * What kind of thing an ID at `path` in `method`'s call or answer names: `user`, `conversation`,
 * `message`, or the key itself. An `id` is read from where it sits: in `messages`, a message; in a
 * conversation's `details`, the conversation; in the lists of conversations, their last message.
 */
export const idKind = (method: string, path: readonly PropertyKey[]): string => {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const key = keys.at(-1) ?? '';
  // get-user-conversations excludes a conversation; get-online-users, users.
  if (key === 'exclude_id') return method === 'get-user-conversations' ? 'conversation' : 'user';
  if (/^(user_id|agent_id|user_ids|recipient_id|sender_id)$/.test(key)) return 'user';
  if (/^conversation_ids?$/.test(key)) return 'conversation';
  if (/^message[_-]id$/.test(key)) return 'message';
  if (keys[0] === '(csv)' && key === 'id') return method === 'users.csv' ? 'user' : 'message';
  if (key === 'id' || (key === 'response' && keys.length === 1)) {
    // search-user-conversations' `id` argument is the user's.
    if (keys[0] === '(request)' && method === 'search-user-conversations') return 'user';
    if (keys.includes('messages')) return 'message';
    if (keys.includes('details') && method !== 'get-user') return 'conversation';
    if (USER_METHODS.has(method)) return 'user';
    if (/conversations|send-message|get-new-messages/.test(method)) return 'message';
  }
  return `${method} ${key}`;
};
