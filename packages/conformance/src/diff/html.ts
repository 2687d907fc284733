import { html } from '../report/html/escape.js';
import { STYLE } from '../report/html/style.js';
import type { DifferenceGroup, DiffReport } from './run.js';

/** Nothing may load from anywhere, and no script may run: the page is whole as written. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const callText = (call: Record<string, string>) =>
  Object.entries(call)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');

const row = (group: DifferenceGroup) => html`<tr>
<td class="mono">${group.path}</td>
<td class="num">${group.count}</td>
<td class="mono">${group.a}</td>
<td class="mono">${group.b}</td>
<td>${group.explanation ? html`<code>${group.explanation.id}</code>${group.explanation.via ? html`<br><span class="muted">${group.explanation.via}</span>` : ''}` : html`<strong style="color:var(--failed)">unexplained</strong>`}</td>
<td class="muted mono">${group.first.check} #${group.first.index}<br>${callText(group.first.call)}</td>
</tr>`;

const byMethod = (groups: DifferenceGroup[]) => {
  const methods = [...new Set(groups.map((g) => g.method))];
  return methods.map(
    (method) => html`<h3>${method}</h3>
<table><thead><tr><th>path</th><th class="num">calls</th><th>A</th><th>B</th><th>explained by</th><th>first seen</th></tr></thead>
<tbody>${groups.filter((g) => g.method === method).map(row)}</tbody></table>`,
  );
};

/** diff.html: one self-contained page, in the style of report.html. */
export const diffHtml = (report: DiffReport): string => {
  const { totals, requests } = report;
  const ok = totals.unexplained === 0;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Board API differences: ${report.a} and ${report.b}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Where two servers answer differently</h1>
<p class="verdict ${ok ? 'ok' : 'failed'}">${totals.differences} differences: ${totals.explained} explained by recorded facts (${totals.consequences} as consequences of an earlier one), ${totals.unexplained} unexplained</p>
<dl class="facts">
<dt>A</dt><dd class="mono">${report.a}</dd>
<dt>B</dt><dd class="mono">${report.b}</dd>
<dt>calls</dt><dd>${requests.paired} paired, ${requests.oneSideOnly} on one side only (A ${requests.a}, B ${requests.b} requests), API ${report.apiVersion}</dd>
<dt>run</dt><dd>${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s, marker <code>${report.marker}</code></dd>
</dl>
<h2 id="normalised">Normalised (not reported)</h2>
<table><thead><tr><th>normalisation</th><th class="num">applied</th><th>what</th></tr></thead>
<tbody>${report.normalised.map((n) => html`<tr><td><code>${n.name}</code></td><td class="num">${n.applied}</td><td>${n.what}</td></tr>`)}</tbody></table>
<h2 id="facts">Explained by recorded facts</h2>
${Object.keys(report.facts).length ? html`<table><tbody>${Object.entries(report.facts).map(([id, n]) => html`<tr><td><code>${id}</code></td><td class="num">${n}</td></tr>`)}</tbody></table>` : html`<p>none</p>`}
<h2 id="differences">Differences by method</h2>
${report.groups.length ? byMethod(report.groups) : html`<p>none</p>`}
</main>
</body>
</html>
`.markup;
};
