import autocannon from 'autocannon';
import { LOAD_HEADERS, type LoadRequest } from './load-request.js';
import type { LoadTally, Measured } from './tally.js';

export interface LoadSettings {
  connections: number;
  /** Seconds. */
  duration: number;
  timeoutMs: number;
}

/**
 * Runs autocannon, the requests in turn on every kept-alive connection, into `tally`. It reads only
 * answers framed by Content-Length or chunked encoding: see `runConnectionPerRequest` for the others.
 */
export const runAutocannon = (
  url: string,
  requests: LoadRequest[],
  { connections, duration, timeoutMs }: LoadSettings,
  tally: LoadTally,
): Promise<Measured> =>
  new Promise((resolve, reject) => {
    const onResponse = (status: number, body: string) => tally.answer(status, body);
    const tracker = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        timeout: Math.max(1, Math.ceil(timeoutMs / 1000)),
        headers: LOAD_HEADERS,
        requests: requests.map((request) => ({
          method: 'POST' as const,
          setupRequest: (req: autocannon.Request) => ({ ...req, body: request.body() }),
          onResponse,
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          client: 'keep-alive',
          sent: result.requests.sent,
          bytesRead: result.throughput.total,
          seconds: result.duration,
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
        });
      },
    );
    // Connection errors and timeouts (autocannon names a timeout "request timed out").
    tracker.on('reqError', (error: Error) => tally.failure(error.message));
  });
