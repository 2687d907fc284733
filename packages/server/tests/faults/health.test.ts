/**
 * `GET /health` for load balancers, on a real PostgreSQL reached through a proxy the test breaks:
 * 503 while the database does not answer a trivial query within a second (refused or hanging),
 * 200 once it does, and the answer is cached, so that probes cost the database nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routes, startBehindProxy } from '../helpers/behind-proxy.js';
import { testDatabaseKind } from '../helpers/database.js';

const UNAVAILABLE = { status: 'unavailable', database: 'unreachable' };
const OK = { status: 'ok', database: 'postgres' };

// The embedded database runs inside the server process: it cannot be unreachable from it.
describe.skipIf(testDatabaseKind !== 'postgres')('GET /health (PostgreSQL through a proxy)', () => {
  describe.each(routes())('$name', (route) => {
    let t: Awaited<ReturnType<typeof startBehindProxy>>;

    beforeAll(async () => {
      t = await startBehindProxy({}, route);
    }, 60_000);
    afterAll(() => t?.close());

    const health = async () => {
      const response = await fetch(`${t.server.url}/health`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    /** Probes every 50 ms until the answer has `status`; resolves with the ms it took. */
    const untilStatus = async (status: number) => {
      const started = performance.now();
      while ((await health()).status !== status) {
        if (performance.now() - started > 10_000) throw new Error(`/health never answered ${status}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return performance.now() - started;
    };

    test('answers 503 while the database refuses connections, and 200 once it is back', async () => {
      expect(await health()).toEqual({ status: 200, body: OK });
      t.proxy.cut();
      try {
        // At most a cached answer's age (1 s) and a failing query later; bounds are generous.
        expect(await untilStatus(503)).toBeLessThan(4000);
        expect(await health()).toEqual({ status: 503, body: UNAVAILABLE });
      } finally {
        t.proxy.restore();
      }
      expect(await untilStatus(200)).toBeLessThan(4000);
      expect(await health()).toEqual({ status: 200, body: OK });
    });

    test('answers 503 within about a second when the database hangs instead of refusing', async () => {
      await untilStatus(200);
      t.proxy.freeze();
      try {
        expect(await untilStatus(503)).toBeLessThan(5000);
        // Once the cached answer is stale, a probe waits for the hanging query one second at most.
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const probe = await t.timed(health);
        expect(probe.answer).toEqual({ status: 503, body: UNAVAILABLE });
        expect(probe.ms).toBeLessThan(2500);
      } finally {
        t.proxy.restore();
      }
      expect(await untilStatus(200)).toBeLessThan(4000);
    });

    test('200 probes in a second cost the database a few statements at most', async () => {
      await untilStatus(200);
      const before = t.proxy.statements();
      for (let round = 0; round < 20; round++) {
        const answers = await Promise.all(Array.from({ length: 10 }, health));
        expect(answers.every((answer) => answer.status === 200)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // One probe query a second, and the webhook worker's poll (two statements a second).
      expect(t.proxy.statements() - before).toBeLessThan(15);
    });
  });
});
