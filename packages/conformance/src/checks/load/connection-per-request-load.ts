import { build } from 'hdr-histogram-js';
import type { LoadSettings } from './autocannon-load.js';
import { exchange, type LoadRequest } from './load-request.js';
import type { LoadTally, Measured } from './tally.js';

/**
 * For targets that close the connection after each answer (a body that ends when the connection
 * closes, as PHP's built-in server sends), which autocannon cannot read: `connections` loops send
 * the requests in turn, each on a new connection, until the duration ends. The requests still open
 * then are awaited (up to the timeout), so that every request sent ends as an answer or a failure:
 * a target that stalls some requests for seconds shows it in its latency, not by luck of timing.
 */
export const runConnectionPerRequest = async (
  url: string,
  requests: LoadRequest[],
  { connections, duration, timeoutMs }: LoadSettings,
  tally: LoadTally,
): Promise<Measured> => {
  // Recorded as autocannon records its latencies, so that both clients' percentiles read alike.
  const latencies = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10_000,
    autoResize: true,
    numberOfSignificantValueDigits: 5,
  });
  const target = new URL(url);
  const started = performance.now();
  const ends = started + duration * 1000;
  let sent = 0;
  let bytesRead = 0;
  const loop = async () => {
    while (performance.now() < ends) {
      const next = requests[sent++ % requests.length];
      if (!next) return;
      const begun = performance.now();
      const result = await exchange(target, next.body(), { agent: false, timeoutMs });
      bytesRead += result.bytesRead;
      if ('answer' in result) {
        latencies.recordValue(performance.now() - begun);
        tally.answer(result.answer.statusCode ?? 0, result.text);
      } else tally.failure(result.error);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const measured: Measured = {
    client: 'connection-per-request',
    sent,
    bytesRead,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    p50: latencies.getValueAtPercentile(50),
    p90: latencies.getValueAtPercentile(90),
    p99: latencies.getValueAtPercentile(99),
  };
  latencies.destroy();
  return measured;
};
