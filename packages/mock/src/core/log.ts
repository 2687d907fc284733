export interface CallLog {
  function: string | undefined;
  /** What was answered: `example=user`, `code=missing-argument`, `dynamic`, ... */
  outcome: string;
  status: number;
  ms: number;
}

export type LogLine = (line: string) => void;

let lastMs = 0;
let lastTime = '';
/** HH:MM:SS.mmm (UTC), formatted once a millisecond: under load, many lines share it. */
const time = () => {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = new Date(now).toISOString().slice(11, 23);
  }
  return lastTime;
};

/** One readable line per call: time, function, outcome, HTTP status when not 200, duration. */
export const formatCall = (entry: CallLog) =>
  `${time()}  ${(entry.function ?? '-').padEnd(30)} ${entry.outcome.padEnd(36)}${
    entry.status === 200 ? '' : ` HTTP ${entry.status}`
  } ${entry.ms.toFixed(1)} ms`;

export const formatEvent = (text: string) => `${time()}  ${text}`;

let pending: string[] = [];
let exitHooked = false;
const flush = () => {
  if (pending.length) process.stdout.write(`${pending.join('\n')}\n`);
  pending = [];
};

/** How long lines wait to be written together: too short for a reader to notice. */
export const FLUSH_MS = 10;

/**
 * The default log: lines to standard output, written together at most every FLUSH_MS. Under load
 * that is one write for hundreds of calls, where console.log made a formatted, synchronous write per
 * call (a sixth of the mock's time in a profile). What is left is written when the process exits.
 */
export const toStdout: LogLine = (line) => {
  if (pending.push(line) > 1) return;
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', flush);
  }
  setTimeout(flush, FLUSH_MS).unref();
};
