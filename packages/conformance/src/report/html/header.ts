import type { Report } from '../report.js';
import { html } from './escape.js';

/** 2026-12-04T17:54:01.123Z as 2026-12-04 17:54:01 UTC. */
export const when = (iso: string) => iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');

const VERSION_HOW = {
  given: 'chosen with --api-version',
  detected: "detected from the target's answers below",
  fallback: 'no answer below told the version, so the documented one',
} as const;

/** The page's top: what ran against what, when, and how it ended. */
export const header = (report: Report) => {
  const { passed, failed, blocked, skipped, total } = report.totals;
  const verdict =
    `${report.ok ? 'PASSED' : 'FAILED'}: ${passed} passed, ${failed} failed, ` +
    `${blocked ? `${blocked} blocked, ` : ''}${skipped} skipped of ${total} checks`;
  const facts: [string, string][] = [
    ['Target', report.target],
    [
      'API version',
      `${report.apiVersion} (the answers were judged by this version; ${VERSION_HOW[report.version.how]})`,
    ],
    ...report.version.evidence.map((line): [string, string] => ['', line]),
    ['Level', report.level],
    ['Date', when(report.startedAt)],
    ['Duration', `${(report.durationMs / 1000).toFixed(1)} s, ${report.requests} requests`],
    ['Suite', `sb-conformance ${report.suiteVersion}`],
    ['Run marker', `${report.marker} (in the names and emails of everything the run created, and deleted)`],
  ];
  return html`<header>
<h1>Support Board API compatibility report</h1>
<p class="verdict ${report.ok ? 'ok' : 'failed'}">${verdict}</p>
<dl class="facts">${facts.map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl>
</header>`;
};
