import type { Exchange } from '../core/exchanges.js';
import type { ConformanceOptions } from '../core/settings.js';
import type { Report } from '../report/report.js';
import { runConformance } from '../run-conformance.js';

/** One target of a differential run. */
export interface Side {
  /** The full URL of the target's `include/api.php`. */
  target: string;
  /** An admin's token on it. */
  token: string;
}

/** What one side answered: every request of its run, in order, and the run's own report. */
export interface Recording {
  side: Side;
  marker: string;
  exchanges: Exchange[];
  report: Report;
}

/** The suite's checks against one side, recording every request with the check that made it. */
export const recordSide = async (
  side: Side,
  options: Omit<ConformanceOptions, 'target' | 'token' | 'onExchange'>,
): Promise<Recording> => {
  const exchanges: Exchange[] = [];
  const report = await runConformance({
    ...options,
    target: side.target,
    token: side.token,
    onExchange: (exchange) => exchanges.push(exchange),
  });
  return { side, marker: report.marker, exchanges, report };
};
