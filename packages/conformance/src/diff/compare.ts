import { deepEqual } from '../core/values.js';
import { integerText, isIdKey, isTime, type Normalisation, neutral, type SideTerms } from './normalise.js';
import type { Twins } from './twins.js';

/** One place where A's value and B's differ after normalisation. */
export interface RawDifference {
  path: PropertyKey[];
  a: unknown;
  b: unknown;
}

/** What comparing needs: the twins so far, each side's terms, and a tally of normalisations applied. */
export interface Comparer {
  twins: Twins;
  a: SideTerms;
  b: SideTerms;
  applied: Map<Normalisation, number>;
  /** Each side's first count-users answer, by key. */
  counts: { a: Map<string, number>; b: Map<string, number> };
  /** Whether the method promises the order of its lists. */
  ordered: boolean;
  /** In a request, every differing value is the run's own (an ID, a random value): they are bound. */
  request?: boolean;
}

/** Tallies the normalisations that made two values equal; answers true (they are). */
const count = (c: Comparer, ...names: Normalisation[]): true => {
  for (const name of names) c.applied.set(name, (c.applied.get(name) ?? 0) + 1);
  return true;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Two scalars: equal as they are, as twins, once normalised, or as two times. */
const sameScalar = (a: unknown, b: unknown, key: PropertyKey | undefined, depth: number, c: Comparer): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b) return false;
  const [ia, ib] = [integerText(a), integerText(b)];
  if (ia !== undefined && ib !== undefined) {
    if (c.twins.same(ia, ib)) return count(c, 'ids');
    // An ID, or the bare `response` of a call that creates something (add-user's new ID).
    const bindable = c.request || isIdKey(key) || (depth === 1 && key === 'response');
    if (bindable && c.twins.bind(ia, ib)) return count(c, 'ids');
    return false;
  }
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (c.twins.same(a, b)) return count(c, 'ids');
  const [na, nb] = [neutral(a, c.a), neutral(b, c.b)];
  if (na.text === nb.text) return count(c, ...na.applied, ...nb.applied);
  if (isTime(na.text) && isTime(nb.text)) return count(c, 'times');
  if (c.request && c.twins.bind(a, b)) return count(c, 'ids');
  return false;
};

/** What names a list item: its ID, or its slug (get-user's details, which come in no promised order). */
const idOf = (item: unknown) =>
  isObject(item)
    ? (integerText(item.id) ?? (typeof item.slug === 'string' ? `slug:${item.slug}` : undefined))
    : undefined;

/** Pairs the items of two lists of objects with IDs by ID (twins), answering [indexA, indexB] pairs and the rest. */
const pairById = (a: unknown[], b: unknown[], c: Comparer) => {
  const pairs: [number, number][] = [];
  const takenB = new Set<number>();
  const onlyA: number[] = [];
  a.forEach((item, i) => {
    const id = idOf(item) as string;
    const twin = c.twins.twinOf(id);
    let j = b.findIndex((other, k) => !takenB.has(k) && idOf(other) === twin);
    // Neither side's ID is bound yet: the same ID on both sides (data both targets hold) pairs.
    if (twin === undefined && !c.twins.isBoundB(id))
      j = b.findIndex((other, k) => !takenB.has(k) && idOf(other) === id);
    if (j < 0) onlyA.push(i);
    else {
      takenB.add(j);
      pairs.push([i, j]);
    }
  });
  const onlyB = b.map((_, k) => k).filter((k) => !takenB.has(k));
  return { pairs, onlyA, onlyB };
};

/** Whether a list item is the run's: it carries the side's marker, or an ID the run has met. */
const isRunsOwn = (item: unknown, side: SideTerms, bound: (id: string) => boolean) => {
  const id = idOf(item);
  return (id !== undefined && bound(id)) || JSON.stringify(item).includes(side.marker);
};

/**
 * One ID under a key only A has and one under a key only B has (send-message's `message-id` and
 * 3.3's `id`) name the same thing: they are bound, so that later answers pair; the keys still differ.
 */
const bindRenamedId = (a: Record<string, unknown>, b: Record<string, unknown>, c: Comparer) => {
  const only = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    Object.keys(x).filter((k) => !(k in y) && isIdKey(k) && integerText(x[k]) !== undefined);
  const [ka, kb] = [only(a, b), only(b, a)];
  if (ka.length === 1 && kb.length === 1)
    c.twins.bind(integerText(a[ka[0] as string]) as string, integerText(b[kb[0] as string]) as string);
};

/** Every place where `a` and `b` differ once normalised; binds the twins it meets on the way. */
export const compareValues = (a: unknown, b: unknown, c: Comparer, path: PropertyKey[] = []): RawDifference[] => {
  const key = path.at(-1);
  if (Array.isArray(a) && Array.isArray(b)) {
    const byId = a.length + b.length > 0 && [...a, ...b].every((item) => idOf(item) !== undefined);
    if (!byId) {
      const found: RawDifference[] = [];
      for (let i = 0; i < Math.max(a.length, b.length); i++) found.push(...compareValues(a[i], b[i], c, [...path, i]));
      return found;
    }
    const { pairs, onlyA, onlyB } = pairById(a, b, c);
    const found = pairs.flatMap(([i, j]) => compareValues(a[i], b[j], c, [...path, i]));
    const keep = (items: unknown[], indexes: number[], side: SideTerms, bound: (id: string) => boolean) =>
      indexes.filter((i) => isRunsOwn(items[i], side, bound) || !count(c, 'own-data'));
    for (const i of keep(a, onlyA, c.a, (id) => c.twins.isBoundA(id)))
      found.push({ path: [...path, i], a: a[i], b: undefined });
    for (const j of keep(b, onlyB, c.b, (id) => c.twins.isBoundB(id)))
      found.push({ path: [...path, j], a: undefined, b: b[j] });
    const order = pairs.map(([, j]) => j);
    if (order.some((j, n) => n > 0 && j < (order[n - 1] as number))) {
      if (c.ordered && !idOf(a[0])?.startsWith('slug:'))
        found.push({ path: [...path, '(order)'], a: pairs.map(([i]) => idOf(a[i])), b: order.map((j) => idOf(b[j])) });
      else count(c, 'order');
    }
    return found;
  }
  if (isObject(a) && isObject(b)) {
    bindRenamedId(a, b, c);
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => compareValues(a[k], b[k], c, [...path, k]));
  }
  if (a === undefined || b === undefined || typeof a === 'object' || typeof b === 'object')
    return deepEqual(a, b) ? [] : [{ path, a, b }];
  return sameScalar(a, b, key, path.length, c) ? [] : [{ path, a, b }];
};
