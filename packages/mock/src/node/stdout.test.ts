import { afterEach, expect, test, vi } from 'vitest';
import { FLUSH_MS, toStdout } from './stdout.js';

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
