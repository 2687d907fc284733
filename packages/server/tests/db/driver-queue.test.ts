/**
 * The driver's queues (postgres.js's Queue, patched: patches/postgres@3.4.9.patch). Unpatched, the
 * pool's busy queue kept a hole for every query it ever ran while it was never found empty (steady
 * load), and each query's move between queues searched all of them: a query's cost grew with the
 * number before it (measured: 25 µs a query at first, 80 µs after 200,000).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testDatabase, testDatabaseKind } from '../helpers/database.js';

interface Queue<T> {
  readonly length: number;
  push(x: T): T;
  shift(): T | undefined;
  remove(x: T): T | null;
}
type MakeQueue = <T>(initial?: T[]) => Queue<T>;

// The copy the server imports (ESM, src/) and the CommonJS one; the package exports neither.
const cjsIndex = createRequire(import.meta.url).resolve('postgres');
const packageRoot = join(dirname(cjsIndex), '..', '..');
const queues: [string, () => Promise<MakeQueue>][] = [
  ['src (ESM)', async () => (await import(pathToFileURL(join(packageRoot, 'src', 'queue.js')).href)).default],
  ['cjs', async () => createRequire(import.meta.url)(join(packageRoot, 'cjs', 'src', 'queue.js'))],
];

/**
 * Runs `work` with Array.prototype.indexOf watched: the length of the longest array searched for an
 * element that `watched` accepts. The queue's remove is the only indexOf over its array.
 */
const longestSearch = async (watched: (x: unknown) => boolean, work: () => Promise<void> | void) => {
  const original = Array.prototype.indexOf;
  let longest = 0;
  Array.prototype.indexOf = function (this: unknown[], x: unknown, from?: number) {
    if (watched(x)) longest = Math.max(longest, this.length - Math.max(0, from ?? 0));
    return original.call(this, x, from);
  };
  try {
    await work();
  } finally {
    Array.prototype.indexOf = original;
  }
  return longest;
};

describe.each(queues)('the driver’s Queue (%s)', (_, load) => {
  test('as the busy queue under steady load: a search covers the queue, not every item it ever held', async () => {
    const Queue = await load();
    const connections = Array.from({ length: 10 }, (_, id) => ({ id }));
    const busy = Queue(connections);
    const longest = await longestSearch(
      (x) => connections.includes(x as never),
      () => {
        // What the pool does with a busy connection given one more query: shift, move (remove, push).
        for (let query = 0; query < 50_000; query++) {
          const c = busy.shift()!;
          busy.remove(c);
          busy.push(c);
          // Now and then one finishes its queries and leaves by remove.
          if (query % 7 === 0) busy.push(busy.remove(connections[query % 10]!) ?? connections[query % 10]!);
        }
      },
    );
    expect(busy.length).toBe(10);
    expect(longest).toBeLessThanOrEqual(10 + 64);
  });

  test('stays first in, first out with removals, against a plain array doing the same', async () => {
    const Queue = await load();
    const queue = Queue<number>();
    const model: number[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let step = 0; step < 20_000; step++) {
      const roll = random();
      if (roll < 0.45) model.push(queue.push(step));
      else if (roll < 0.8) expect(queue.shift()).toBe(model.shift());
      else {
        const target = model.length ? model[Math.floor(random() * model.length)]! : -1;
        const at = model.indexOf(target);
        if (at >= 0) model.splice(at, 1);
        expect(queue.remove(target)).toBe(at >= 0 ? target : null);
      }
      expect(queue.length).toBe(model.length);
    }
  });
});

// On PostgreSQL only: the embedded database is served through one connection, which never leaves a hole.
describe.runIf(testDatabaseKind === 'postgres')('the pool the server uses on PostgreSQL', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database?.close());

  test('50 callers sharing its connections: moving a connection between queues searches only those queues', async () => {
    const isConnection = (x: unknown) =>
      typeof x === 'object' && x !== null && typeof (x as { execute?: unknown }).execute === 'function';
    const longest = await longestSearch(isConnection, async () => {
      const caller = async () => {
        for (let i = 0; i < 60; i++) await database.sql`SELECT ${i}::int AS i`;
      };
      await Promise.all(Array.from({ length: 50 }, caller));
    });
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(10 + 64);
  });
});
