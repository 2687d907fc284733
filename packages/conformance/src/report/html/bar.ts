import type { Tally } from '../report.js';
import { html } from './escape.js';
import { tallyText } from './status.js';

const PARTS = ['passed', 'failed', 'blocked', 'skipped'] as const;

/** A tally as one bar: a segment per status, as wide as its share. */
export const tallyBar = (t: Tally) =>
  html`<span class="bar" role="img" aria-label="${tallyText(t)}" title="${tallyText(t)}">${PARTS.filter(
    (status) => t[status] > 0,
  ).map((status) => html`<span class="${status}" style="flex-grow: ${t[status]}"></span>`)}</span>`;

/** What the colours of the bars and the matrix mean. */
export const legend = html`<p class="legend">${PARTS.map(
  (status) => html`<span class="${status}"><i></i>${status}</span>`,
)}<span><i class="none"></i>no check</span></p>`;
