import { type Change, type Comparison, wasText } from '../baseline.js';
import { html } from './escape.js';
import { when } from './header.js';
import { checkId } from './rows.js';
import { MARK } from './status.js';

const list = (title: string, changes: Change[], linked: boolean) =>
  changes.length > 0 &&
  html`<h3>${title} (${changes.length})</h3>
<ul class="checks">${changes.map(
    (change) =>
      html`<li class="${change.status}"><span class="mark">${MARK[change.status]}</span>${linked ? html`<a href="#${checkId(change.id)}">${change.id}</a>` : html`<code>${change.id}</code>`} <span class="muted">${change.status}, ${wasText(change)}</span></li>`,
  )}</ul>`;

/** What changed since the baseline run (--baseline): newly failing, newly passing, still failing. */
export const changes = (comparison: Comparison | undefined) => {
  if (!comparison) return html``;
  const { baseline } = comparison;
  return html`<section id="changes">
<h2>Since the baseline</h2>
<p class="muted">Compared with <code>${baseline.file}</code>: the run of ${when(baseline.startedAt)} against ${baseline.target}, judged as API ${baseline.apiVersion}. A blocked check counts as failing.</p>
<p><strong>${comparison.newlyFailing.length} newly failing, ${comparison.newlyPassing.length} newly passing, ${comparison.stillFailing.length} still failing</strong></p>
${list('Newly failing', comparison.newlyFailing, true)}
${list('Newly passing', comparison.newlyPassing, false)}
${list('Still failing', comparison.stillFailing, true)}
</section>`;
};
