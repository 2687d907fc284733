import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffHtml } from './html.js';
import type { DiffReport } from './run.js';

/** Writes diff.json and diff.html into `dir` (created when missing); answers their paths. */
export const writeDiffReport = async (report: DiffReport, dir: string): Promise<string[]> => {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['diff.json', `${JSON.stringify(report, null, 2)}\n`],
    ['diff.html', diffHtml(report)],
  ];
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
};
