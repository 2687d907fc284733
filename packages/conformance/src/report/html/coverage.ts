import type { CheckResult } from '../../core/types.js';
import type { Coverage } from '../../coverage/map.js';
import { html } from './escape.js';
import { cellId, ROWS } from './rows.js';
import { worstStatus } from './status.js';

/** One argument or error code: proven (coloured by its checks' worst status, linking to them), excepted, or not proven. */
const item = (
  results: ReadonlyMap<string, CheckResult>,
  method: string,
  name: string,
  by: string[],
  verb: string,
  exception?: string,
) => {
  if (!by.length) {
    return exception
      ? html`<span class="skipped" title="${exception}">${name}</span>`
      : html`<span class="missing" title="no check ${verb} it">${name}</span>`;
  }
  const first = results.get(by[0] ?? '');
  const row = ROWS.find((r) => r.key === `m-${method}`);
  const status = worstStatus(by.map((id) => results.get(id)?.status ?? 'skipped')) ?? 'skipped';
  const href = first && row ? `#${cellId(row, first.area)}` : '#checks';
  return html`<a class="${status}" href="${href}" title="${verb} by ${by.join(', ')}">${name}</a>`;
};

/**
 * The coverage map: every method's arguments and error codes, each linking to the checks that
 * observe its effect or provoke it, grey where no check can (the reason on hover and below).
 */
export const coverageSection = (coverage: Coverage | undefined, checks: readonly CheckResult[]) => {
  if (!coverage) return html``;
  const results = new Map(checks.map((result) => [result.id, result]));
  const rows = coverage.methods.map(
    (m) =>
      html`<tr><th scope="row"><code>${m.method}</code></th><td>${m.arguments.map((a) =>
        item(results, m.method, a.name, a.observedBy, 'observed', a.exception),
      )}</td><td>${m.errors.map((e) => item(results, m.method, e.code, e.provokedBy, 'provoked', e.exception))}</td></tr>`,
  );
  const excepted = coverage.methods.flatMap((m) => [
    ...m.arguments.filter((a) => !a.observedBy.length && a.exception).map((a) => [m.method, a.name, a.exception]),
    ...m.errors.filter((e) => !e.provokedBy.length && e.exception).map((e) => [m.method, e.code, e.exception]),
  ]);
  const { arguments: args, errors } = coverage;
  return html`<section id="coverage">
<h2>Coverage of the contract</h2>
<p>Arguments whose effect a check observed: <strong>${args.covered}/${args.total}</strong> (${args.excepted} excepted, ${args.missing} not proven).
Error codes a check provoked, the exact code required: <strong>${errors.covered}/${errors.total}</strong> (${errors.excepted} excepted, ${errors.missing} not proven).
Counted over the checks that ran (API ${coverage.apiVersion}).</p>
<p class="muted">Each argument and error code of each method links to the checks that prove it, coloured by their worst result; grey: no check can, with the reason; outlined in red: no check of this run did.</p>
<table class="coverage">
<thead><tr><th>method</th><th>arguments (effect observed)</th><th>error codes (provoked)</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<details><summary>Excepted, with the reason (${excepted.length})</summary>
<ul>${excepted.map(([method, name, reason]) => html`<li><code>${method ?? ''}</code> <code>${name ?? ''}</code>: ${reason ?? ''}</li>`)}</ul>
</details>
</section>`;
};
