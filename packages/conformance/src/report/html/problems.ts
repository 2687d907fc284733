import type { CheckResult } from '../../core/types.js';
import { CATEGORY_TEXT } from '../console.js';
import { byBlockingCause, categoryOf } from '../report.js';
import { html } from './escape.js';
import { explanations, finding } from './findings.js';
import { checkId } from './rows.js';
import { MARK } from './status.js';

const failedCheck = (result: CheckResult) => html`<article class="check failed" id="${checkId(result.id)}">
<h3><span class="mark">${MARK.failed}</span>${result.id}</h3>
<p>${result.title} <span class="muted">(${CATEGORY_TEXT[categoryOf(result.tags)].label})</span></p>
<p class="muted tags">tags: ${result.tags.join(' ')}</p>
${explanations(result)}
${result.findings.map(finding)}
</article>`;

/** Blocked checks grouped by the call that blocked them, as the console does: one cause, shown once. */
const blockedChecks = (blocked: CheckResult[]) => {
  return byBlockingCause(blocked).map((results) => {
    const cause = results[0]?.blockedBy;
    return html`<article class="check blocked">
<h3><span class="mark">${MARK.blocked}</span>blocked by ${cause?.method ?? 'a set-up call'}: ${results.length} check${results.length === 1 ? '' : 's'}</h3>
${cause && finding(cause)}
<ul class="checks">${results.map((result) => html`<li id="${checkId(result.id)}"><code>${result.id}</code> <span class="muted">${result.title}</span></li>`)}</ul>
</article>`;
  });
};

/** Every failed check with its findings and what explains it, then the blocked ones by cause. */
export const problems = (results: readonly CheckResult[]) => {
  const failed = results.filter((result) => result.status === 'failed');
  const blocked = results.filter((result) => result.status === 'blocked');
  if (!failed.length && !blocked.length) return html``;
  return html`<section id="problems">
<h2>Failed and blocked checks (${failed.length} failed, ${blocked.length} blocked)</h2>
${failed.map(failedCheck)}
${blocked.length > 0 && html`<p class="muted">A blocked check could not test its subject: a call it needed to set up its test failed.</p>`}
${blockedChecks(blocked)}
</section>`;
};
