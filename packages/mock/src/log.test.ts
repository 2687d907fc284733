import { afterEach, expect, test, vi } from 'vitest';
import { formatCall, toStdout } from './log.js';

afterEach(() => vi.restoreAllMocks());

test('the default log writes the lines of one turn of the event loop at once, in order', async () => {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  toStdout('first');
  toStdout('second');
  toStdout('third');
  expect(write).not.toHaveBeenCalled();
  await new Promise((resolve) => setImmediate(resolve));
  expect(write.mock.calls).toEqual([['first\nsecond\nthird\n']]);
  toStdout('next turn');
  await new Promise((resolve) => setImmediate(resolve));
  expect(write.mock.calls.at(-1)).toEqual(['next turn\n']);
});

test('a call is one line: time, function, outcome, HTTP status when not 200, duration', () => {
  const line = formatCall({ function: 'get-user', outcome: 'example=user', status: 400, ms: 1.23 });
  expect(line).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} {2}get-user {23}example=user {25}HTTP 400 1\.2 ms$/);
});
