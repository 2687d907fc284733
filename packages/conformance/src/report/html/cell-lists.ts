import type { CheckResult } from '../../core/types.js';
import { html } from './escape.js';
import { AREAS, cellChecks, cellId, checkId, ROWS } from './rows.js';
import { MARK } from './status.js';

const item = (result: CheckResult) => {
  const name =
    result.status === 'failed' || result.status === 'blocked'
      ? html`<a href="#${checkId(result.id)}">${result.id}</a>`
      : html`<code>${result.id}</code>`;
  const reason = result.reason && html` <span class="muted">(${result.reason})</span>`;
  return html`<li class="${result.status}"><span class="mark">${MARK[result.status]}</span>${name} ${result.title}${reason}</li>`;
};

/** The checks of every matrix cell, row by row: where a cell links to. */
export const cellLists = (results: readonly CheckResult[]) => {
  const rows = ROWS.map((row) => {
    const areas = AREAS.map((area) => [area, cellChecks(results, row, area)] as const).filter(([, c]) => c.length);
    if (!areas.length) return html``;
    return html`<h3><code>${row.name}</code></h3>${areas.map(
      ([area, checks]) =>
        html`<div class="cell-list" id="${cellId(row, area)}"><h4>${row.name} · ${area}</h4><ul class="checks">${checks.map(item)}</ul></div>`,
    )}`;
  });
  return html`<section id="checks">
<h2>Checks by method and webhook</h2>
${rows}
</section>`;
};
