/** Writes src/wire/table.generated.ts from the method definitions. */
import { writeFileSync } from 'node:fs';
import { WIRE_TABLE_FILE, wireTableSource } from './wire-table.js';

writeFileSync(WIRE_TABLE_FILE, wireTableSource());
console.log(`wire table -> ${WIRE_TABLE_FILE}`);
