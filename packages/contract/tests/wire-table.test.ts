import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { WIRE_TABLE_FILE, wireTableSource } from '../scripts/wire-table.js';

test('the wire table is what the method definitions generate (pnpm --filter @support-board/contract generate)', () => {
  expect(readFileSync(WIRE_TABLE_FILE, 'utf8')).toBe(wireTableSource());
});
