import type { Reading } from '../../core/readings.js';
import { html } from './escape.js';

/** The set-up calls whose values were read elsewhere than the contract puts them, as the console lists them. */
export const readingsSection = (readings: readonly Reading[]) =>
  readings.length === 0
    ? html``
    : html`<section id="readings">
<h2>Set-up readings (${readings.length})</h2>
<p class="muted">Values the suite needed from set-up calls (a new ID, a time), read elsewhere than the contract puts them. The run went on with them; the call's own checks report the difference.</p>
<table><thead><tr><th>method</th><th>value</th><th>the contract puts it</th><th>read</th><th>calls</th></tr></thead>
<tbody>${readings.map(
        (r) =>
          html`<tr><td><code>${r.method}</code></td><td>${r.value}</td><td class="mono">${r.documented}</td><td class="mono">${r.read}</td><td>${String(r.times)}</td></tr>`,
      )}</tbody></table>
</section>`;
