/**
 * Writes the contract's generated sources, first step of its build: the wire table and the fact IDs.
 * A file is written only when its content changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FACT_IDS_FILE, factIdsSource } from './fact-ids.js';
import { WIRE_TABLE_FILE, wireTableSource } from './wire-table.js';

for (const [file, source] of [
  [WIRE_TABLE_FILE, wireTableSource()],
  [FACT_IDS_FILE, factIdsSource()],
] as const) {
  if (existsSync(file) && readFileSync(file, 'utf8') === source) continue;
  writeFileSync(file, source);
  console.log(`generated ${file}`);
}
