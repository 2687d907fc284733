import type { LoadResult } from '../../core/types.js';
import { html } from './escape.js';

const PERCENTILES = [
  { key: 'p50', colour: '#9ecae1' },
  { key: 'p90', colour: '#4292c6' },
  { key: 'p99', colour: '#08519c' },
] as const;

const WIDTH = 640;
const HEIGHT = 260;
const PLOT = { left: 56, right: 16, top: 28, bottom: 32 };

/** The smallest 1, 2 or 5 times a power of ten at or above `value`: the top of the axis. */
export const niceCeiling = (value: number): number => {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
};

/** p50, p90 and p99 of each load profile as grouped bars, in ms, drawn inline. */
export const latencyChart = (load: readonly LoadResult[]) => {
  const top = niceCeiling(Math.max(...load.flatMap((l) => PERCENTILES.map((p) => l[p.key]))));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (ms: number) => PLOT.top + plotHeight - (ms / top) * plotHeight;
  const slot = plotWidth / load.length;
  const barWidth = Math.min(36, (slot * 0.7) / PERCENTILES.length);
  // 5 ticks for an axis up to 5, 50, ...; 4 for 1, 2, 10, 20, ...: round numbers either way.
  const steps = String(top).startsWith('5') ? 5 : 4;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number(((top * i) / steps).toPrecision(3)));
  const grid = ticks.map(
    (ms) =>
      html`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#d1d9e0"/><text x="${PLOT.left - 6}" y="${y(ms) + 4}" text-anchor="end" font-size="11" fill="#59636e">${ms} ms</text>`,
  );
  const groups = load.map((result, i) => {
    const start = PLOT.left + i * slot + (slot - barWidth * PERCENTILES.length) / 2;
    const bars = PERCENTILES.map(
      (p, j) =>
        html`<rect x="${start + j * barWidth}" y="${y(result[p.key])}" width="${barWidth - 2}" height="${y(0) - y(result[p.key])}" fill="${p.colour}"><title>${result.profile} ${p.key}: ${result[p.key]} ms</title></rect>`,
    );
    return html`${bars}<text x="${PLOT.left + (i + 0.5) * slot}" y="${HEIGHT - 10}" text-anchor="middle" font-size="12">${result.profile}</text>`;
  });
  const key = PERCENTILES.map(
    (p, j) =>
      html`<rect x="${PLOT.left + j * 64}" y="6" width="10" height="10" fill="${p.colour}"/><text x="${PLOT.left + j * 64 + 14}" y="15" font-size="12">${p.key}</text>`,
  );
  const summary = load.map((l) => `${l.profile}: p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms`).join('; ');
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Latency by load profile. ${summary}">${grid}${groups}${key}</svg>`;
};
