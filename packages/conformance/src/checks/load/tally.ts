import { shapeOf } from '../../core/envelope.js';
import type { LoadResult } from '../../core/types.js';

/** What a load client measured besides the answers it judged. */
export interface Measured {
  client: LoadResult['client'];
  /** Requests written to the target. */
  sent: number;
  bytesRead: number;
  seconds: number;
  /** Latency percentiles of the answers, in ms. */
  p50: number;
  p90: number;
  p99: number;
}

const isSuccess = (status: number, text: string) => {
  if (status < 200 || status >= 300) return false;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return false;
  }
  return shapeOf({ status, text, body }).kind === 'success';
};

/** Counts what a load client reads: answers (only a 2xx success envelope is a success) and failed requests. */
export class LoadTally {
  answers = 0;
  /** Answers that are not a success. */
  bad = 0;
  /** Connection errors and timeouts. */
  failures = 0;
  readonly samples: string[] = [];

  answer(status: number, text: string): void {
    this.answers += 1;
    if (isSuccess(status, text)) return;
    this.bad += 1;
    this.sample(`HTTP ${status}: ${text.slice(0, 160)}`);
  }

  failure(message: string): void {
    this.failures += 1;
    this.sample(message);
  }

  private sample(text: string) {
    if (this.samples.length < 3 && !this.samples.includes(text)) this.samples.push(text);
  }

  result(profile: string, connections: number, probe: string, measured: Measured): LoadResult {
    const { client, sent, bytesRead, seconds, p50, p90, p99 } = measured;
    const errors = this.bad + this.failures;
    const requests = this.answers + this.failures;
    return {
      profile,
      connections,
      client,
      probe,
      durationSeconds: seconds,
      sent,
      answers: this.answers,
      bytesRead,
      requests,
      requestsPerSecond: seconds ? Math.round((this.answers / seconds) * 10) / 10 : 0,
      p50,
      p90,
      p99,
      errors,
      errorRate: requests ? errors / requests : 0,
      samples: this.samples,
    };
  }
}
