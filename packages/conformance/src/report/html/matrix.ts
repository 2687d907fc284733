import type { Area, CheckResult } from '../../core/types.js';
import { tally } from '../report.js';
import { legend } from './bar.js';
import { html } from './escape.js';
import { AREAS, cellChecks, cellId, ROWS, type Row } from './rows.js';
import { tallyText, worstStatus } from './status.js';

/** A cell: passed of those that ran, coloured by its worst status, linking to its checks. */
const cell = (results: readonly CheckResult[], row: Row, area: Area) => {
  const checks = cellChecks(results, row, area);
  const status = worstStatus(checks.map((check) => check.status));
  if (!status) return html`<td class="cell"><span class="none" title="no check">·</span></td>`;
  const t = tally(checks);
  const ran = t.passed + t.failed + t.blocked;
  const text = ran ? `${t.passed}/${ran}` : 'skipped';
  return html`<td class="cell"><a class="${status}" href="#${cellId(row, area)}" title="${row.name}, ${area}: ${tallyText(t)}">${text}</a></td>`;
};

/** The methods and webhooks against the areas of checking: where the target stands, at a glance. */
export const matrix = (results: readonly CheckResult[]) => {
  const body = ROWS.map((row, i) => {
    const heading =
      ROWS[i - 1]?.section === row.section
        ? ''
        : html`<tr><th class="group" colspan="${AREAS.length + 1}">${row.section}</th></tr>`;
    return html`${heading}<tr><th scope="row"><code>${row.name}</code></th>${AREAS.map((area) => cell(results, row, area))}</tr>`;
  });
  return html`<section id="matrix">
<h2>Methods and webhooks</h2>
<p class="muted">Each cell: the checks of that area that call the method (or await the webhook), passed of those that ran. A cell links to its checks.</p>
${legend}
<table class="matrix">
<thead><tr><th>method or webhook</th>${AREAS.map((area) => html`<th>${area}</th>`)}</tr></thead>
<tbody>${body}</tbody>
</table>
</section>`;
};
