import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { junitXml } from './junit.js';
import type { Report } from './report.js';

/** Writes report.json and junit.xml into `dir` (created when missing); answers their paths. */
export const writeReport = async (report: Report, dir: string): Promise<string[]> => {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'report.json');
  const junit = join(dir, 'junit.xml');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(junit, junitXml(report));
  return [json, junit];
};
