import { checks } from './checks/index.js';
import { runChecks } from './core/run.js';
import type { ConformanceOptions } from './core/settings.js';
import type { Report } from './report/report.js';

/**
 * Runs the suite against a target: the registry's checks (or `options.checks`), selected by the
 * options. The runner itself (`core/run.ts`) knows no check; this is where the two meet.
 */
export const runConformance = (options: ConformanceOptions): Promise<Report> =>
  runChecks({ ...options, checks: options.checks ?? checks });
