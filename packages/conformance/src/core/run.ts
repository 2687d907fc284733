import { checks as registry } from '../checks/index.js';
import { buildReport, type Report } from '../report/report.js';
import { createApi } from './api.js';
import type { RunEnv } from './context.js';
import { executeCheck, preflight } from './execute.js';
import { Fixtures } from './fixtures.js';
import { selectChecks } from './select.js';
import { type ConformanceOptions, resolveSettings } from './settings.js';
import type { CheckResult } from './types.js';
import { startWebhookReceiver } from './webhook-receiver.js';

type CheckInfo = Pick<CheckResult, 'id' | 'title' | 'group' | 'area' | 'methods' | 'tags'>;

const skippedResult = ({ id, title, group, area, methods, tags }: CheckInfo, reason: string): CheckResult => ({
  id,
  title,
  group,
  area,
  methods,
  tags,
  status: 'skipped',
  ms: 0,
  reason,
  findings: [],
});

const cleanupResult = (problems: string[]): CheckResult => ({
  id: 'cleanup',
  title: 'Everything the run created is deleted, everything it changed restored',
  group: 'api',
  area: 'scenarios',
  methods: ['delete-users', 'save-articles'],
  tags: ['api', 'cleanup'],
  status: 'failed',
  ms: 0,
  findings: problems.map((problem) => ({
    check: 'cleanup',
    path: '$',
    expected: 'deleted or restored',
    received: problem,
  })),
});

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
    ...(options.only ? { only: options.only } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.skipTags ? { skipTags: options.skipTags } : {}),
    load: Boolean(settings.load),
    webhooks: Boolean(settings.webhooks),
  });
  const api = createApi({ url: options.target, token: options.token, timeoutMs: settings.timeoutMs });
  const webhooks = settings.webhooks
    ? await startWebhookReceiver({
        port: settings.webhooks.port,
        ...(settings.webhooks.secret ? { secret: settings.webhooks.secret } : {}),
      })
    : undefined;
  const env: RunEnv = {
    api,
    settings,
    fixtures: new Fixtures(api, settings.marker),
    loadResults: [],
    ...(webhooks ? { webhooks } : {}),
  };
  const progress = options.onProgress ?? (() => {});
  progress({
    type: 'start',
    total: selected.length,
    target: options.target,
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
      for (const check of selected)
        record(skippedResult(check, 'the preflight call failed: the target cannot be tested'));
    } else {
      for (const [index, check] of selected.entries()) {
        const result = await executeCheck(check, env);
        record(result);
        if (options.bail && result.status === 'failed') {
          for (const rest of selected.slice(index + 1))
            record(skippedResult(rest, 'not run: --bail stopped at the first failure'));
          break;
        }
      }
    }
  } finally {
    const problems = await env.fixtures.cleanup();
    if (problems.length) record(cleanupResult(problems));
    await webhooks?.close();
  }
  progress({ type: 'done' });
  return buildReport({
    target: options.target,
    marker: settings.marker,
    level: settings.level,
    started,
    results,
    requests: api.requests,
    load: env.loadResults,
    notSelected: all.length - selected.length,
  });
};
