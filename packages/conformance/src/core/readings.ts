import { jsonPath } from './values.js';

/**
 * How a set-up call's value was read when it was not where, or not in the type, the contract puts
 * it: the run still uses it, and says so. The call's own checks report the difference as a failure.
 */
export interface Reading {
  method: string;
  /** What was needed: "the new user's ID". */
  value: string;
  /** Where the contract puts it: `$.response.details.id (a numeric string)`. */
  documented: string;
  /** Where it was read, and how: `$.response.details.conversation_id, the only ID-like field`. */
  read: string;
  /** How many set-up calls were read so. */
  times: number;
}

export type Lookup = { value: number | string; path: (string | number)[]; how?: string };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A positive integer, sent as a number or as a string of digits. */
export const asId = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value)) return Number(value);
  return undefined;
};

export const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Key spellings a server may use for the same thing: `message-id`, `message_id`, `messageId`, `MessageID`. */
const sameKey = (a: string, b: string) => a.replace(/[-_]/g, '').toLowerCase() === b.replace(/[-_]/g, '').toLowerCase();

const at = (root: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((value, key) => (isRecord(value) ? value[key as string] : undefined), root);

export interface Wanted {
  /** Where the contract puts the value, from the response: `['details', 'id']`; `[]` for the response itself. */
  documented: (string | number)[][];
  /** Other places a server that differs may reasonably put it (`['id']` for an ID wrapped in an object). */
  variants?: (string | number)[][];
  /** Whether a value qualifies. */
  accept: (value: unknown) => boolean;
  /**
   * The object searched for "the only field that looks right" when the known places fail, and the
   * documented keys left out of that search (they hold other things).
   */
  search?: { path: (string | number)[]; skip: readonly string[]; key: RegExp };
}

/**
 * Finds a value in a set-up call's `response`, leniently: the documented places first, then the same
 * places spelled otherwise (`message_id` for `message-id`), the variants, then the only field of the
 * searched object that looks right. Answers where it was found, and how when not as documented.
 */
export const lookUp = (response: unknown, wanted: Wanted): Lookup | undefined => {
  for (const path of wanted.documented) {
    const value = at(response, path);
    if (wanted.accept(value)) return { value: value as number | string, path };
  }
  for (const path of [...wanted.documented, ...(wanted.variants ?? [])]) {
    const parent = at(response, path.slice(0, -1));
    const last = path.at(-1);
    if (last === undefined) continue;
    if (!isRecord(parent)) continue;
    const key = Object.keys(parent).find((k) => sameKey(k, String(last)) && wanted.accept(parent[k]));
    if (key !== undefined) {
      const found = [...path.slice(0, -1), key];
      const variant = !wanted.documented.some((p) => jsonPath(p) === jsonPath(found));
      return { value: parent[key] as number | string, path: found, ...(variant ? { how: 'a known variant' } : {}) };
    }
  }
  if (wanted.search) {
    const { path, skip, key } = wanted.search;
    const object = at(response, path);
    if (isRecord(object)) {
      const candidates = Object.keys(object).filter(
        (k) => key.test(k) && !skip.includes(k) && wanted.accept(object[k]),
      );
      if (candidates.length === 1) {
        const [only] = candidates as [string];
        return { value: object[only] as number | string, path: [...path, only], how: 'the only field that fits' };
      }
    }
  }
  return undefined;
};

/** `$.response.details.id`, as a reading names a place. */
export const responsePath = (path: (string | number)[]): string => `$.response${jsonPath(path).slice(1)}`;
