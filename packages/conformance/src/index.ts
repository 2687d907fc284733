export type { ApiVersion } from '@support-board/contract';
export type { CheckSpec } from './checks/define.js';
export { checks, defineCheck, notesById, versionsWith, versionsWithout } from './checks/index.js';
export type { Answer, Api, CallOptions, SentCall } from './core/api.js';
export { CheckContext, type RunEnv } from './core/context.js';
export { toCurl } from './core/curl.js';
export type { VersionChoice } from './core/detect-version.js';
export type { BaseFixtures, FixtureName } from './core/fixtures.js';
export type { Reading } from './core/readings.js';
export { matchesTerm, type Selection, selectChecks } from './core/select.js';
export type { ConformanceOptions, LoadOptions, ProgressEvent, WebhookOptions } from './core/settings.js';
export type {
  Area,
  ByMethod,
  Check,
  CheckGroup,
  CheckResult,
  Finding,
  Level,
  LoadResult,
  Status,
} from './core/types.js';
export { buildCoverage, type Coverage, coverageLine, missingFrom } from './coverage/map.js';
export * from './diff/index.js';
export { badgeSvg, badgeText } from './report/badge.js';
export { type Baseline, type Change, type Comparison, compareWithBaseline, readBaseline } from './report/baseline.js';
export { paint, progressLine, summary } from './report/console.js';
export { baselineSummary } from './report/console-baseline.js';
export { htmlReport } from './report/html/page.js';
export { junitXml } from './report/junit.js';
export type { Report } from './report/report.js';
export { writeReport } from './report/write.js';
export { runConformance } from './run-conformance.js';
