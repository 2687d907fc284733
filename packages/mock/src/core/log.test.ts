import { afterEach, expect, test, vi } from 'vitest';
import { FLUSH_MS, formatCall, toStdout } from './log.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('the default log writes the lines logged within FLUSH_MS at once, in order', () => {
  vi.useFakeTimers();
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  toStdout('first');
  toStdout('second');
  vi.advanceTimersByTime(FLUSH_MS - 1);
  toStdout('third');
  expect(write).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(write.mock.calls).toEqual([['first\nsecond\nthird\n']]);
  toStdout('later');
  vi.advanceTimersByTime(FLUSH_MS);
  expect(write.mock.calls.at(-1)).toEqual(['later\n']);
});

test('a call is one line: time, function, outcome, HTTP status when not 200, duration', () => {
  const line = formatCall({ function: 'get-user', outcome: 'example=user', status: 400, ms: 1.23 });
  expect(line).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} {2}get-user {23}example=user {25}HTTP 400 1\.2 ms$/);
});
