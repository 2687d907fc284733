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
