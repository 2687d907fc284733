import { headlineGroups } from '../headline.js';
import type { Report } from '../report.js';
import { tallyBar } from './bar.js';
import { html } from './escape.js';

/** What the run means for a vendor: each category (and the checks a missing service skipped) as counts and a bar. */
export const headline = (report: Report) => html`<section id="headline">
<h2>Headline</h2>
<table class="headline">
<tbody>${headlineGroups(report).map(
  (group) => html`<tr id="headline-${group.key}">
<th scope="row">${group.label}</th><td>${tallyBar(group.tally)}</td><td class="counts">${group.counts}</td><td class="muted">${group.about}</td>
</tr>`,
)}</tbody>
</table>
</section>`;
