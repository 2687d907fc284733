import type { CheckResult } from '../core/types.js';
import { type Found, findingRows } from './finding.js';
import type { Report } from './report.js';

/** XML 1.0 allows tab, newline and carriage return, and no other control character. */
const allowed = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x9 || code === 0xa || code === 0xd;
};

const xml = (text: string) =>
  Array.from(text)
    .filter(allowed)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

const oneLine = (f: Found) =>
  `${f.method ? `${f.method} ` : ''}${f.path}: expected ${f.expected}, received ${f.received}`;

const details = (findings: Found[]) =>
  findings
    .map((f) =>
      findingRows(f)
        .map(([label, value]) => `${`${label}:`.padEnd(10)}${value}`)
        .join('\n'),
    )
    .join('\n\n');

const testcase = (result: CheckResult) => {
  const classname = xml(`${result.group}.${result.area}`);
  const open = `    <testcase classname="${classname}" name="${xml(result.id)}" time="${seconds(result.ms)}">`;
  if (result.status === 'skipped')
    return `${open}\n      <skipped message="${xml(result.reason ?? '')}"/>\n    </testcase>`;
  if (result.status === 'passed') return `${open}</testcase>`;
  // A blocked check could not test its subject: an error of the test, not a failure of the target.
  if (result.status === 'blocked' && result.blockedBy) {
    const message = `blocked by ${oneLine(result.blockedBy)}`;
    return `${open}\n      <error message="${xml(message)}" type="blocked">${xml(details([result.blockedBy]))}</error>\n    </testcase>`;
  }
  const first = result.findings[0];
  const message = first ? oneLine(first) : result.title;
  const failure = `<failure message="${xml(message)}" type="conformance">${xml(details(result.findings))}</failure>`;
  return `${open}\n      ${failure}\n    </testcase>`;
};

/** JUnit XML, one test suite per group, for CI systems that show test results. */
export const junitXml = (report: Report): string => {
  const suites = Object.entries(report.groups).map(([group, tally]) => {
    const results = report.checks.filter((r) => r.group === group);
    const time = results.reduce((sum, r) => sum + r.ms, 0);
    return [
      `  <testsuite name="${xml(group)}" tests="${results.length}" failures="${tally.failed}" errors="${tally.blocked}" ` +
        `skipped="${tally.skipped}" time="${seconds(time)}" timestamp="${report.startedAt}">`,
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const { total, failed, blocked, skipped } = report.totals;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sb-conformance" tests="${total}" failures="${failed}" errors="${blocked}" skipped="${skipped}" ` +
      `time="${seconds(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
