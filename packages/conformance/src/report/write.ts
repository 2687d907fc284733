import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { badgeSvg } from './badge.js';
import { htmlReport } from './html/page.js';
import { junitXml } from './junit.js';
import type { Report } from './report.js';

/** Writes report.json, junit.xml, report.html and badge.svg into `dir` (created when missing); answers their paths. */
export const writeReport = async (report: Report, dir: string): Promise<string[]> => {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['junit.xml', junitXml(report)],
    ['report.html', htmlReport(report)],
    ['badge.svg', badgeSvg(report)],
  ];
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
};
