#!/usr/bin/env node
import { main } from './cli/main.js';

const code = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
if (code !== 0) process.exit(code);
