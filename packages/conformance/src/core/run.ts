import { createHash } from 'node:crypto';
import { DOCUMENTED_VERSION } from '@support-board/contract';
import { buildCoverage } from '../coverage/map.js';
import { buildReport, type Report } from '../report/report.js';
import { type Api, createApi } from './api.js';
import type { RunEnv } from './context.js';
import { detectVersion, type VersionChoice } from './detect-version.js';
import { observeApi } from './exchanges.js';
import { checkResult, executeCheck, preflight } from './execute.js';
import { Fixtures } from './fixtures.js';
import { selectChecks } from './select.js';
import { type ConformanceOptions, resolveSettings } from './settings.js';
import type { Check, CheckResult } from './types.js';
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

/** The version to judge by: the one given, or the one the target's answers tell (a token no user has asks the dispatcher). */
const chooseVersion = async (
  options: ConformanceOptions,
  probeApi: Api,
  marker: string,
  reachable: boolean,
): Promise<VersionChoice> => {
  if (options.apiVersion) return { version: options.apiVersion, how: 'given', evidence: [] };
  if (!reachable) return { version: DOCUMENTED_VERSION, how: 'fallback', evidence: ['the target did not answer'] };
  const madeUpToken = createHash('sha1').update(`${marker} version probe`).digest('hex');
  return detectVersion(probeApi, madeUpToken);
};

/**
 * Runs the given checks against a target, one after the other, then deletes what the run created
 * and restores what it changed. Without `apiVersion`, first finds which version the target speaks.
 * Never throws for what the target does: every problem is a finding in the report.
 */
export const runChecks = async (
  options: Omit<ConformanceOptions, 'checks'> & { checks: readonly Check[] },
): Promise<Report> => {
  const started = new Date();
  const given = resolveSettings(options);
  const connection = { url: options.target, token: options.token, timeoutMs: given.timeoutMs };
  // Preflight and the version probes use names every version shares (count-users, get-conversation).
  const probeApi = createApi({ ...connection, version: options.apiVersion ?? DOCUMENTED_VERSION });
  const unreachable = await preflight(probeApi);
  const choice = await chooseVersion(options, probeApi, given.marker, !unreachable);
  const settings = { ...given, apiVersion: choice.version };
  const selected = selectChecks(options.checks, {
    level: settings.level,
    version: settings.apiVersion,
    ...(options.only ? { only: options.only } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.skipTags ? { skipTags: options.skipTags } : {}),
    load: Boolean(settings.load),
    webhooks: Boolean(settings.webhooks),
  });
  const checksApi = createApi({ ...connection, version: settings.apiVersion });
  // The check under way, so that each request observed is told which check made it.
  let current = 'preflight';
  const api = options.onExchange ? observeApi(checksApi, options.onExchange, () => current) : checksApi;
  const webhooks =
    settings.webhooks && !unreachable
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
    apiVersion: settings.apiVersion,
    version: choice,
    marker: settings.marker,
    ...(webhooks ? { webhookUrl: webhooks.url } : {}),
  });

  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    progress({ type: 'check', result });
  };
  try {
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
    const problems = await env.fixtures.cleanup({ keepUsers: Boolean(options.keep) });
    if (problems.length) record(cleanupResult(problems));
    await webhooks?.close();
  }
  progress({ type: 'done' });
  return buildReport({
    target: options.target,
    apiVersion: settings.apiVersion,
    version: choice,
    readings: env.fixtures.readings,
    marker: settings.marker,
    level: settings.level,
    started,
    results,
    requests: probeApi.requests + api.requests,
    load: env.loadResults,
    notSelected: options.checks.length - selected.length,
    coverage: buildCoverage(selected, settings.apiVersion, results),
    ...(options.keep ? { kept: [...env.fixtures.trackedUsers] } : {}),
  });
};
