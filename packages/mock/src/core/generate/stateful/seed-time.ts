import { formatTime } from './store.js';

const BASE = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A fixed time `minutes` after 2025-01-06 09:00:00 UTC (negative: before): the demo never changes. */
export const demoTime = (minutes: number) => formatTime(new Date(BASE + minutes * 60_000));
