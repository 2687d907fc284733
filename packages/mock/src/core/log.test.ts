import { expect, test } from 'vitest';
import { formatCall } from './log.js';

test('a call is one line: time, function, outcome, HTTP status when not 200, duration', () => {
  const line = formatCall({ function: 'get-user', outcome: 'example=user', status: 400, ms: 1.23 });
  expect(line).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} {2}get-user {23}example=user {25}HTTP 400 1\.2 ms$/);
});
