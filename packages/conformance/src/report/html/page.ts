import type { Report } from '../report.js';
import { cellLists } from './cell-lists.js';
import { changes } from './changes.js';
import { coverageSection } from './coverage.js';
import { html } from './escape.js';
import { header } from './header.js';
import { headline } from './headline.js';
import { loadSection } from './load.js';
import { matrix } from './matrix.js';
import { problems } from './problems.js';
import { readingsSection } from './readings.js';
import { STYLE } from './style.js';

/** Nothing may load from anywhere, and no script may run: the page is whole as written. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Links to the sections this report has. */
const contents = (report: Report) => {
  const problems = report.totals.failed + report.totals.blocked;
  const sections: [string, string, boolean][] = [
    ['headline', 'Headline', true],
    ['changes', 'Since the baseline', Boolean(report.baseline)],
    ['matrix', 'Methods and webhooks', true],
    ['coverage', 'Coverage of the contract', Boolean(report.coverage)],
    ['problems', `Failed and blocked checks (${problems})`, problems > 0],
    ['readings', `Set-up readings (${report.readings.length})`, report.readings.length > 0],
    ['load', 'Load', report.load.length > 0],
    ['checks', 'Checks by method and webhook', true],
  ];
  return html`<nav><p>${sections
    .filter(([, , shown]) => shown)
    .map(([id, title], i) => html`${i ? ' · ' : ''}<a href="#${id}">${title}</a>`)}</p></nav>`;
};

/** report.html: one self-contained page a vendor can publish, readable without the suite. */
export const htmlReport = (report: Report): string =>
  html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Board API ${report.apiVersion} compatibility: ${report.target}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${header(report)}
${contents(report)}
${headline(report)}
${changes(report.baseline)}
${matrix(report.checks)}
${coverageSection(report.coverage, report.checks)}
${problems(report.checks)}
${readingsSection(report.readings)}
${loadSection(report.load)}
${cellLists(report.checks)}
</main>
</body>
</html>
`.markup;
