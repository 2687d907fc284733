import type { FindingInput, LoadResult } from '../../core/types.js';

export interface LoadThresholds {
  maxErrorRate: number;
  maxP99: number;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;

const silenceHint = (result: LoadResult) =>
  result.answers === 0 && result.bytesRead > 0
    ? 'Bytes came back, but no answer could be read to its end: end each answer with Content-Length, chunked encoding, or by closing the connection.'
    : 'The target answered few or none of the requests (its timeouts and connection errors are under the error rate): ' +
      'does it serve several connections at once (one worker, a lock, a proxy holding requests), or refuse them? ' +
      'Try --connections 1 and a longer --timeout, and call it (curl) while the load runs.';

/**
 * What a load profile's figures fail. A run that read no answer, or left more requests unanswered
 * than it read answers, measured nothing: it fails, whatever its (empty) error rate and latency say.
 */
export const loadFindings = (result: LoadResult, limits: LoadThresholds, method: string): FindingInput[] => {
  const failures = result.requests - result.answers;
  // Neither answered nor failed: cut off by the end of the run (one per connection at most), or ignored.
  const unanswered = result.sent - result.requests;
  const findings: FindingInput[] = [];
  if (result.answers === 0 || unanswered > result.answers) {
    findings.push({
      method,
      path: 'answers',
      expected: 'an answer to most requests sent (only those still open when the run ends may go unanswered)',
      received:
        `${count(result.sent, 'request')} sent, ${count(result.answers, 'answer')} read, ` +
        `${count(result.bytesRead, 'byte')} read, ${failures} failed (connection errors, timeouts); ` +
        `the request before the load: ${result.probe}`,
      hint: silenceHint(result),
    });
  }
  if (result.errorRate > limits.maxErrorRate) {
    const examples = result.samples.length ? `, e.g. ${result.samples.join(' | ')}` : '';
    findings.push({
      method,
      path: 'error rate',
      expected: `at most ${percent(limits.maxErrorRate)} (--max-error-rate)`,
      received: `${percent(result.errorRate)}: ${result.errors} of ${result.requests}${examples}`,
      hint: 'Every non-2xx answer, and every answer that is not a success envelope, counts as an error.',
    });
  }
  if (result.answers > 0 && result.p99 > limits.maxP99) {
    const connections = count(result.connections, 'connection');
    const perRequest = result.client === 'connection-per-request' ? ', a new one per request' : '';
    findings.push({
      method,
      path: 'p99 latency',
      expected: `at most ${limits.maxP99} ms (--max-p99)`,
      received: `${result.p99} ms (p50 ${result.p50} ms, p90 ${result.p90} ms, ${result.requestsPerSecond} req/s, ${connections}${perRequest})`,
    });
  }
  return findings;
};
