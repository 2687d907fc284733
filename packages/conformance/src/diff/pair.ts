import type { Exchange } from '../core/exchanges.js';

/** Two requests made for the same step of the same check, one on each side; one side absent when only the other made it. */
export interface Pair {
  check: string;
  a?: Exchange;
  b?: Exchange;
}

/** A request's shape: its method and its field names (a GET: the file it fetches, wherever the installation keeps it), values aside. */
const shape = (exchange: Exchange) =>
  'fields' in exchange.request
    ? `${exchange.method ?? ''}|${exchange.request.fields.map(([key]) => key).join(',')}`
    : `GET|${new URL(exchange.request.get, 'http://x').pathname.split('/').at(-1)?.replace(/\d+/g, '#')}`;

/** The same, with the values too, digits aside (concurrent calls of one check differ by their values). */
const signature = (exchange: Exchange) =>
  'fields' in exchange.request
    ? `${shape(exchange)}|${exchange.request.fields
        .filter(([key]) => key !== 'token')
        .map(([, value]) => value.replace(/\d+/g, '#'))
        .join('|')}`
    : shape(exchange);

const byCheck = (exchanges: Exchange[]) => {
  const groups = new Map<string, Exchange[]>();
  for (const exchange of exchanges) {
    const list = groups.get(exchange.check) ?? [];
    list.push(exchange);
    groups.set(exchange.check, list);
  }
  return groups;
};

/**
 * Pairs each request of A with its twin on B: within the same check, in order, the first of B's not
 * yet paired with the same signature, else the same shape. Requests a check makes at once can come in
 * any order on each side; their values tell them apart.
 */
export const pairExchanges = (a: Exchange[], b: Exchange[]): Pair[] => {
  const [groupsA, groupsB] = [byCheck(a), byCheck(b)];
  const pairs: Pair[] = [];
  for (const check of new Set([...groupsA.keys(), ...groupsB.keys()])) {
    const listB = groupsB.get(check) ?? [];
    const taken = new Set<number>();
    const find = (key: (e: Exchange) => string, wanted: string) =>
      listB.findIndex((other, j) => !taken.has(j) && key(other) === wanted);
    for (const exchange of groupsA.get(check) ?? []) {
      let j = find(signature, signature(exchange));
      if (j < 0) j = find(shape, shape(exchange));
      if (j < 0) pairs.push({ check, a: exchange });
      else {
        taken.add(j);
        pairs.push({ check, a: exchange, b: listB[j] as Exchange });
      }
    }
    listB.forEach((exchange, j) => {
      if (!taken.has(j)) pairs.push({ check, b: exchange });
    });
  }
  return pairs;
};
