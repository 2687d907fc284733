import type { Exchange } from '../core/exchanges.js';
import { jsonPath, show } from '../core/values.js';
import { type Comparer, compareValues, type RawDifference, sameText } from './compare.js';
import { csvRows } from './csv.js';
import { type Explanation, explain, seenOf, testedBy } from './explain.js';
import { basesOf, type Normalisation, neutral, relativeCounts } from './normalise.js';
import { pairExchanges } from './pair.js';
import type { Recording } from './record.js';
import { Twins } from './twins.js';

/** The methods that promise no order for their lists: a changed order is no difference there. */
const UNORDERED = new Set(['search-users', 'get-online-users', 'search-conversations', 'search-user-conversations']);

/** One difference in one call. */
export interface Difference {
  check: string;
  /** The request's place in its check on A (on B when only B made it). */
  index: number;
  method: string;
  /** The call's fields as A sent them (the token left out; B's when only B made it). */
  call: Record<string, string>;
  /** A JSON path into the answer (`$.response.id`), `(status)`, `(body)`, `(request).<field>` or `(call)`. */
  path: string;
  a: string;
  b: string;
  explanation?: Explanation;
}

const fieldsOf = (exchange: Exchange): Record<string, string> =>
  'fields' in exchange.request
    ? Object.fromEntries(exchange.request.fields.filter(([key]) => key !== 'token'))
    : { GET: exchange.request.get };

/** A field's value as compared: JSON arrays and objects parsed, so that the IDs inside them pair. */
const parsedFields = (exchange: Exchange): Record<string, unknown> => {
  if (!('fields' in exchange.request)) return { GET: exchange.request.get };
  const out: Record<string, unknown> = {};
  for (const [key, value] of exchange.request.fields) {
    try {
      const parsed: unknown = /^[[{]/.test(value) ? JSON.parse(value) : value;
      out[key] = parsed;
    } catch {
      out[key] = value;
    }
  }
  return out;
};

const shownPath = (path: PropertyKey[]) =>
  typeof path[0] === 'string' && path[0].startsWith('(') ? path.map(String).join('.') : jsonPath(path);

/** A's answer against B's: the status, then the body (JSON compared by value, anything else as text). */
const compareAnswers = (a: Exchange, b: Exchange, c: Comparer): RawDifference[] => {
  if (!a.answer || !b.answer)
    return a.answer === b.answer
      ? []
      : [{ path: ['(answer)'], a: a.answer ? 'an answer' : 'none', b: b.answer ? 'an answer' : 'none' }];
  const found: RawDifference[] = [];
  if (a.answer.status !== b.answer.status) found.push({ path: ['(status)'], a: a.answer.status, b: b.answer.status });
  if (a.answer.body !== undefined && b.answer.body !== undefined) {
    if (a.method !== 'count-users') return [...found, ...compareValues(a.answer.body, b.answer.body, c)];
    c.applied.set('counts', (c.applied.get('counts') ?? 0) + 1);
    const [ca, cb] = [relativeCounts(a.answer.body, c.counts.a), relativeCounts(b.answer.body, c.counts.b)];
    return [...found, ...compareValues(ca, cb, c)];
  }
  const [ta, tb] = [a.answer.text, b.answer.text];
  const [rowsA, rowsB] = [csvRows(ta), csvRows(tb)];
  // The file tells what its rows are: users.csv lists users, conversation-<id>.csv messages.
  const file = 'get' in a.request ? (a.request.get.match(/[\w-]+\.csv/)?.[0] ?? 'csv') : 'csv';
  if (rowsA && rowsB) {
    c.applied.set('csv', (c.applied.get('csv') ?? 0) + 1);
    // csv-users promises no order of its users (sorted by name, ties and collations vary); a conversation's messages come in time order.
    const ordered = file !== 'users.csv' && c.ordered;
    return [...found, ...compareValues(rowsA, rowsB, { ...c, method: file, ordered }, ['(csv)'])];
  }
  const [na, nb] = [neutral(ta, c.a).text, neutral(tb, c.b).text];
  if (!sameText(na, nb, c.twins)) found.push({ path: ['(body)'], a: ta, b: tb });
  return found;
};

/** Every difference between two recordings, pair by pair, in A's order (twins are bound as they first meet). */
export const compareRecordings = (a: Recording, b: Recording) => {
  const twins = new Twins();
  const applied = new Map<Normalisation, number>();
  const counts = { a: new Map<string, number>(), b: new Map<string, number>() };
  const tags = new Map(a.report.checks.map((check) => [check.id, check.tags]));
  const sides = {
    a: { marker: a.marker, bases: basesOf(a.side.target) },
    b: { marker: b.marker, bases: basesOf(b.side.target) },
  };
  twins.bind('value', a.side.token, b.side.token);
  const pairs = pairExchanges(a.exchanges, b.exchanges);
  const differences: Difference[] = [];
  // The first difference of each check: calls made on one side only follow from it.
  const firstOfCheck = new Map<string, Difference>();
  // For each method, the methods called since its previous call.
  const since = new Map<string, Set<string>>();
  for (const pair of pairs) {
    // The run's closing deletes and restores what each run made and changed: they differ as the
    // targets' data do, and are not compared.
    if (pair.check === 'cleanup') {
      applied.set('cleanup', (applied.get('cleanup') ?? 0) + 1);
      continue;
    }
    const one = (pair.a ?? pair.b) as Exchange;
    const method = one.method ?? 'GET';
    const base = { check: pair.check, index: one.index, method, call: fieldsOf(one) };
    const calledBefore = since.get(method) ?? new Set<string>();
    for (const methods of since.values()) methods.add(method);
    since.set(method, new Set());
    const add = (raw: RawDifference, shown = show) => {
      const difference: Difference = { ...base, path: shownPath(raw.path), a: shown(raw.a), b: shown(raw.b) };
      const seen = seenOf(raw, method, base.call, pair.a, pair.b, tags.get(pair.check) ?? [], calledBefore);
      const explanation = explain(seen) ?? followsFrom(firstOfCheck.get(pair.check)) ?? testedBy(seen);
      if (explanation) difference.explanation = explanation;
      if (explanation && !explanation.via && !firstOfCheck.has(pair.check)) firstOfCheck.set(pair.check, difference);
      differences.push(difference);
    };
    if (!pair.a || !pair.b) {
      add({ path: ['(call)'], a: pair.a ? 'made' : 'not made', b: pair.b ? 'made' : 'not made' }, String);
      continue;
    }
    const windowOf = (e: Exchange) =>
      'fields' in e.request ? e.request.fields.find(([k]) => k === 'datetime')?.[1] : undefined;
    const side = (terms: typeof sides.a, start: string | undefined) =>
      start ? { ...terms, windowStart: start } : terms;
    const c: Comparer = {
      twins,
      a: side(sides.a, windowOf(pair.a)),
      b: side(sides.b, windowOf(pair.b)),
      applied,
      counts,
      method,
      ordered: !UNORDERED.has(method),
    };
    for (const raw of compareValues(parsedFields(pair.a), parsedFields(pair.b), { ...c, request: true }, ['(request)']))
      add(raw);
    for (const raw of compareAnswers(pair.a, pair.b, c)) add(raw);
  }
  return { pairs: pairs.length, paired: pairs.filter((p) => p.a && p.b).length, differences, normalised: applied };
};

/**
 * A check goes on from what it read: after a difference a fact explains, the check's later calls
 * (what it lists, what it reads back, calls made on one side only) may differ because of it, and are
 * labelled with that fact, saying so.
 */
const followsFrom = (first: Difference | undefined): Explanation | undefined =>
  first?.explanation
    ? { id: first.explanation.id, via: `follows from ${first.method} ${first.path} (call ${first.index})` }
    : undefined;
