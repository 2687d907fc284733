import autocannon from 'autocannon';
import type { LoadResult } from '../../core/types.js';

export interface LoadRequest {
  /** Builds the form body of the next request (each may differ: unique emails, say). */
  body: () => string;
}

const isSuccess = (body: string) => {
  try {
    const parsed = JSON.parse(body) as { success?: unknown };
    return parsed.success === true;
  } catch {
    return false;
  }
};

/** Runs autocannon with the requests in turn on every connection, counting every bad answer as an error. */
export const runLoad = (
  url: string,
  profile: string,
  requests: LoadRequest[],
  { connections, duration, timeoutMs }: { connections: number; duration: number; timeoutMs: number },
): Promise<LoadResult> => {
  let answered = 0;
  let bad = 0;
  const samples: string[] = [];
  const onResponse = (status: number, body: string) => {
    answered += 1;
    if (status >= 200 && status < 300 && isSuccess(body)) return;
    bad += 1;
    if (samples.length < 3) samples.push(`HTTP ${status}: ${body.slice(0, 160)}`);
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        timeout: Math.max(1, Math.ceil(timeoutMs / 1000)),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        requests: requests.map((request) => ({
          method: 'POST' as const,
          setupRequest: (req: autocannon.Request) => ({ ...req, body: request.body() }),
          onResponse,
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        const errors = bad + result.errors;
        const total = answered + result.errors;
        resolve({
          profile,
          connections,
          durationSeconds: result.duration,
          requests: total,
          requestsPerSecond: Math.round(result.requests.average * 10) / 10,
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          errors,
          errorRate: total ? errors / total : 0,
          samples:
            result.errors && samples.length < 3
              ? [...samples, `${result.errors} connection errors or timeouts`]
              : samples,
        });
      },
    );
  });
};
