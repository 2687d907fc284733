import { notesById } from '../../checks/define.js';
import type { CheckResult } from '../../core/types.js';
import { type Found, findingRows } from '../finding.js';
import { html } from './escape.js';

/** A finding as the console shows it: method, path, expected, received, hint. */
export const finding = (found: Found) =>
  html`<dl class="finding">${findingRows(found).map(
    ([label, value]) => html`<dt>${label}</dt><dd class="${label === 'hint' ? '' : 'mono'}">${value}</dd>`,
  )}</dl>`;

/** Text with `code` spans, as the contract's notes and the calibration's reasons write them: the spans as code. */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/**
 * Why a difference may be expected: what the original answers (recorded when the suite was
 * calibrated on it), and the contract notes the check tests.
 */
export const explanations = (result: CheckResult) => {
  const notes = result.tags
    .filter((tag) => tag.startsWith('note:'))
    .map((tag) => notesById.get(tag.slice(5)))
    .filter((note) => note !== undefined);
  return html`${
    result.onOriginal &&
    html`<p class="why"><strong>On the original (${result.onOriginal.kind}):</strong> ${withCode(result.onOriginal.reason)}</p>`
  }${notes.map(
    (note) =>
      html`<p class="note"><strong>Note <code>${note.id}</code> (${note.kind}):</strong> ${withCode(note.topic)}. ${withCode(note.decision)}</p>`,
  )}`;
};
