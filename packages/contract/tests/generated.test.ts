import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FACT_IDS_FILE, factIdsSource } from '../scripts/fact-ids.js';
import { WIRE_TABLE_FILE, wireTableSource } from '../scripts/wire-table.js';

test.each([
  ['the wire table', WIRE_TABLE_FILE, wireTableSource],
  ['the fact IDs', FACT_IDS_FILE, factIdsSource],
])(
  '%s are what the contract generates (its build writes them: pnpm --filter @support-board/contract build)',
  (_, file, source) => {
    expect(readFileSync(file, 'utf8')).toBe(source());
  },
);
