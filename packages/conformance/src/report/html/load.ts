import type { LoadResult } from '../../core/types.js';
import { html } from './escape.js';
import { latencyChart } from './latency-chart.js';

const COLUMNS: [string, (l: LoadResult) => string][] = [
  ['connections', (l) => String(l.connections)],
  ['seconds', (l) => String(l.durationSeconds)],
  ['requests', (l) => String(l.requests)],
  ['req/s', (l) => String(l.requestsPerSecond)],
  ['p50 ms', (l) => String(l.p50)],
  ['p90 ms', (l) => String(l.p90)],
  ['p99 ms', (l) => String(l.p99)],
  ['errors', (l) => `${l.errors} (${(l.errorRate * 100).toFixed(2)}%)`],
];

/** The load profiles (--load): throughput, errors and latency, as a table and a chart. */
export const loadSection = (load: readonly LoadResult[]) => {
  if (!load.length) return html``;
  return html`<section id="load">
<h2>Load</h2>
<table>
<thead><tr><th>profile</th>${COLUMNS.map(([name]) => html`<th class="num">${name}</th>`)}</tr></thead>
<tbody>${load.map((l) => html`<tr><th scope="row">${l.profile}</th>${COLUMNS.map(([, value]) => html`<td class="num">${value(l)}</td>`)}</tr>`)}</tbody>
</table>
<h3>Latency</h3>
${latencyChart(load)}
</section>`;
};
