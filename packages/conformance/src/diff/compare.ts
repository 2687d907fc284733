import { deepEqual, parseDatetime } from '../core/values.js';

const WINDOW_EDGE_MS = 2000;

import {
  integerText,
  isDefaultPicture,
  isIdKey,
  isTime,
  type Normalisation,
  neutral,
  type SideTerms,
} from './normalise.js';
import { idKind, type Twins } from './twins.js';

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
  /** The method called: IDs are told apart by what they name, read from the method and the path. */
  method: string;
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
const sameScalar = (a: unknown, b: unknown, path: PropertyKey[], c: Comparer): boolean => {
  if (typeof a !== typeof b) return false;
  const [ia, ib] = [integerText(a), integerText(b)];
  if (ia !== undefined && ib !== undefined) {
    const kind = idKind(c.method, path);
    // An ID, or the bare `response` of a call that creates something (add-user's new ID): bound even
    // when equal, so that an ID met again stands for the same thing.
    const key = path.at(-1);
    const bindable = c.request || isIdKey(key) || (path.length === 1 && key === 'response');
    if (bindable) return c.twins.bind(kind, ia, ib) && (ia === ib || count(c, 'ids'));
    if (ia === ib) return true;
    // A number that is not under an ID's key may still be one (a CSV cell): twins of any kind.
    return c.twins.same(undefined, ia, ib) && count(c, 'ids');
  }
  if (Object.is(a, b)) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (c.twins.same('value', a, b)) return count(c, 'ids');
  const [na, nb] = [neutral(a, c.a), neutral(b, c.b)];
  if (na.text === nb.text) return count(c, ...na.applied, ...nb.applied);
  if (isTime(na.text) && isTime(nb.text)) return count(c, 'times');
  if (isDefaultPicture(na.text) && isDefaultPicture(nb.text)) return count(c, 'pictures');
  if (c.request) return c.twins.bind('value', a, b) && count(c, 'ids');
  // IDs inside a text (`conversation-35.csv`): each number the same, or twins.
  return sameText(na.text, nb.text, c.twins) && count(c, 'ids');
};

/** Two texts alike but for their numbers, each the same or twins (of any kind). */
export const sameText = (a: string, b: string, twins: Twins): boolean => {
  const [pa, pb] = [a.split(/(\d+)/), b.split(/(\d+)/)];
  return (
    pa.length === pb.length &&
    pa.every((part, i) => part === pb[i] || (i % 2 === 1 && twins.same(undefined, part, pb[i] as string)))
  );
};

/** What names a list item: its ID (an article's is text), or its slug (get-user's details, which come in no promised order). */
const idOf = (item: unknown) => {
  if (!isObject(item)) return undefined;
  if (typeof item.id === 'string' || typeof item.id === 'number') return String(item.id);
  return typeof item.slug === 'string' ? `slug:${item.slug}` : undefined;
};

/** Pairs the items of two lists of objects with IDs by ID (twins), answering [indexA, indexB] pairs and the rest. */
const pairById = (a: unknown[], b: unknown[], kind: string, c: Comparer) => {
  const pairs: [number, number][] = [];
  const takenB = new Set<number>();
  const onlyA: number[] = [];
  a.forEach((item, i) => {
    const id = idOf(item) as string;
    const twin = c.twins.twinOf(kind, id);
    let j = b.findIndex((other, k) => !takenB.has(k) && idOf(other) === twin);
    // Data both targets hold (neither ID bound, no marker of the run), or an ID the client chose (an
    // article's): the same ID on both sides pairs.
    const held = (x: unknown) => integerText(idOf(x)) === undefined || !JSON.stringify(x).includes(c.a.marker);
    if (twin === undefined && !c.twins.isBoundB(kind, id) && held(item))
      j = b.findIndex((other, k) => !takenB.has(k) && idOf(other) === id && held(other));
    if (j < 0) onlyA.push(i);
    else {
      takenB.add(j);
      pairs.push([i, j]);
    }
  });
  const onlyB = b.map((_, k) => k).filter((k) => !takenB.has(k));
  return { pairs, onlyA, onlyB };
};

/** Whether an item's time falls in the first seconds after a datetime filter's start. */
const atWindowStart = (item: unknown, start: string | undefined) => {
  const time = isObject(item) ? item.creation_time : undefined;
  if (!start || typeof time !== 'string' || !isTime(time) || !isTime(start)) return false;
  const after = parseDatetime(time).getTime() - parseDatetime(start).getTime();
  return after >= 0 && after <= WINDOW_EDGE_MS;
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
const bindRenamedId = (a: Record<string, unknown>, b: Record<string, unknown>, path: PropertyKey[], c: Comparer) => {
  const only = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    Object.keys(x).filter((k) => !(k in y) && isIdKey(k) && integerText(x[k]) !== undefined);
  const [ka, kb] = [only(a, b), only(b, a)];
  if (ka.length === 1 && kb.length === 1)
    c.twins.bind(
      idKind(c.method, [...path, ka[0] as string]),
      integerText(a[ka[0] as string]) as string,
      integerText(b[kb[0] as string]) as string,
    );
};

/** Every place where `a` and `b` differ once normalised; binds the twins it meets on the way. */
export const compareValues = (a: unknown, b: unknown, c: Comparer, path: PropertyKey[] = []): RawDifference[] => {
  if (Array.isArray(a) && Array.isArray(b)) {
    const byId = a.length + b.length > 0 && [...a, ...b].every((item) => idOf(item) !== undefined);
    if (!byId) {
      const found: RawDifference[] = [];
      for (let i = 0; i < Math.max(a.length, b.length); i++) found.push(...compareValues(a[i], b[i], c, [...path, i]));
      return found;
    }
    const kind = idKind(c.method, [...path, 0, 'id']);
    const { pairs, onlyA, onlyB } = pairById(a, b, kind, c);
    const found = pairs.flatMap(([i, j]) => compareValues(a[i], b[j], c, [...path, i]));
    const keep = (items: unknown[], indexes: number[], side: SideTerms, bound: (id: string) => boolean) =>
      indexes.filter(
        (i) =>
          (isRunsOwn(items[i], side, bound) || !count(c, 'own-data')) &&
          (!atWindowStart(items[i], side.windowStart) || !count(c, 'window')),
      );
    for (const i of keep(a, onlyA, c.a, (id) => c.twins.isBoundA(kind, id)))
      found.push({ path: [...path, i], a: a[i], b: undefined });
    for (const j of keep(b, onlyB, c.b, (id) => c.twins.isBoundB(kind, id)))
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
    bindRenamedId(a, b, path, c);
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => compareValues(a[k], b[k], c, [...path, k]));
  }
  if (a === undefined || b === undefined || typeof a === 'object' || typeof b === 'object')
    return deepEqual(a, b) ? [] : [{ path, a, b }];
  return sameScalar(a, b, path, c) ? [] : [{ path, a, b }];
};
