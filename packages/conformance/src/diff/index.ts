export { diffSummary } from './console.js';
export { compareRecordings, type Difference } from './diff.js';
export type { Explanation } from './explain.js';
export { explainers } from './explainers.js';
export { diffHtml } from './html.js';
export { normalisations } from './normalise.js';
export { type Recording, recordSide, type Side } from './record.js';
export { type DifferenceGroup, type DiffOptions, type DiffReport, runDiff } from './run.js';
export { writeDiffReport } from './write.js';
