import { checks as registry } from '../checks/index.js';
import { buildReport, type Report } from '../report/report.js';
import { createApi } from './api.js';
import type { RunEnv } from './context.js';
import { observeApi } from './exchanges.js';
import { checkResult, executeCheck, preflight } from './execute.js';
import { Fixtures } from './fixtures.js';
import { selectChecks } from './select.js';
import { type ConformanceOptions, resolveSettings } from './settings.js';
import type { CheckResult } from './types.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const cleanupResult = (problems: string[]): CheckResult =>
  checkResult(
    {
      id: 'cleanup',
      title: 'Everything the run created is deleted, everything it changed restored',
      group: 'api',
      area: 'scenarios',
      methods: ['delete-users', 'save-articles'],
      tags: ['api', 'cleanup'],
    },
    'failed',
    0,
    problems.map((problem) => ({ check: 'cleanup', path: '$', expected: 'deleted or restored', received: problem })),
  );

/**
 * Runs the selected checks against a target, one after the other, then deletes what the run
 * created and restores what it changed. Never throws for what the target does: every problem is a
 * finding in the report.
 */
export const runConformance = async (options: ConformanceOptions): Promise<Report> => {
  const started = new Date();
  const settings = resolveSettings(options);
  const all = options.checks ?? registry;
  const selected = selectChecks(all, {
    level: settings.level,
    version: settings.apiVersion,
    ...(options.only ? { only: options.only } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.skipTags ? { skipTags: options.skipTags } : {}),
    load: Boolean(settings.load),
    webhooks: Boolean(settings.webhooks),
  });
  const target = createApi({
    url: options.target,
    token: options.token,
    timeoutMs: settings.timeoutMs,
    version: settings.apiVersion,
  });
  // The check under way, so that each request observed is told which check made it.
  let current = 'preflight';
  const api = options.onExchange ? observeApi(target, options.onExchange, () => current) : target;
  const webhooks = settings.webhooks
    ? await startWebhookReceiver({
        port: settings.webhooks.port,
        ...(settings.webhooks.secret ? { secret: settings.webhooks.secret } : {}),
      })
    : undefined;
  const env: RunEnv = {
    api,
    settings,
    fixtures: new Fixtures(api, settings.marker, settings.apiVersion),
    loadResults: [],
    ...(webhooks ? { webhooks } : {}),
  };
  const progress = options.onProgress ?? (() => {});
  progress({
    type: 'start',
    total: selected.length,
    target: options.target,
    apiVersion: settings.apiVersion,
    marker: settings.marker,
    ...(webhooks ? { webhookUrl: webhooks.url } : {}),
  });

  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    progress({ type: 'check', result });
  };
  try {
    const unreachable = await preflight(env);
    if (unreachable) {
      record(unreachable);
      const [{ check: _, ...blockedBy }] = unreachable.findings as [CheckResult['findings'][number]];
      for (const check of selected) record(checkResult(check, 'blocked', 0, [], { blockedBy }));
    } else {
      for (const [index, check] of selected.entries()) {
        current = check.id;
        const result = await executeCheck(check, env);
        record(result);
        if (options.bail && (result.status === 'failed' || result.status === 'blocked')) {
          for (const rest of selected.slice(index + 1))
            record(checkResult(rest, 'skipped', 0, [], { reason: 'not run: --bail stopped at the first failure' }));
          break;
        }
      }
    }
  } finally {
    current = 'cleanup';
    const problems = await env.fixtures.cleanup();
    if (problems.length) record(cleanupResult(problems));
    await webhooks?.close();
  }
  progress({ type: 'done' });
  return buildReport({
    target: options.target,
    apiVersion: settings.apiVersion,
    marker: settings.marker,
    level: settings.level,
    started,
    results,
    requests: api.requests,
    load: env.loadResults,
    notSelected: all.length - selected.length,
  });
};
