import { parseArgs } from 'node:util';
import { apiVersions, isApiVersion } from '@support-board/contract';
import type { ConformanceOptions } from '../core/settings.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  help: boolean;
  list: boolean;
  color: boolean;
  reportDir?: string;
  /** A previous report.json to compare the run with. */
  baseline?: string;
  /** `any` (default): a failed or blocked check fails the run; `new`: only one not failing in the baseline. */
  failOn: 'any' | 'new';
  run: Omit<ConformanceOptions, 'onProgress' | 'checks'>;
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const number = (flag: string, value: string | undefined, { min, integer }: { min: number; integer?: boolean }) => {
  if (value === undefined) return undefined;
  const percent = value.trim().endsWith('%');
  const parsed = Number(percent ? value.trim().slice(0, -1) : value) / (percent ? 100 : 1);
  if (!Number.isFinite(parsed) || parsed < min || (integer && !Number.isInteger(parsed))) {
    throw new UsageError(`--${flag} expects ${integer ? 'an integer' : 'a number'} of at least ${min}, got "${value}"`);
  }
  return parsed;
};

const options = {
  target: { type: 'string' },
  token: { type: 'string' },
  'api-version': { type: 'string' },
  only: { type: 'string' },
  skip: { type: 'string' },
  level: { type: 'string' },
  tag: { type: 'string' },
  'skip-tag': { type: 'string' },
  report: { type: 'string' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  load: { type: 'boolean' },
  connections: { type: 'string' },
  duration: { type: 'string' },
  'max-error-rate': { type: 'string' },
  'max-p99': { type: 'string' },
  webhooks: { type: 'string' },
  'webhook-secret': { type: 'string' },
  'webhook-key': { type: 'string' },
  'webhook-timeout': { type: 'string' },
  bail: { type: 'boolean' },
  keep: { type: 'boolean' },
  timeout: { type: 'string' },
  list: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads the command line; throws a UsageError for anything it cannot take. */
export const parseCli = (argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions => {
  let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const color = !values['no-color'] && !env.NO_COLOR && process.stdout.isTTY === true;
  if (values.help) return { help: true, list: false, color, failOn: 'any', run: { target: '', token: '' } };

  const level = values.level ?? 'core';
  if (level !== 'core' && level !== 'full') throw new UsageError(`--level must be core or full, got "${level}"`);
  const apiVersion = values['api-version'];
  if (apiVersion !== undefined && !isApiVersion(apiVersion)) {
    throw new UsageError(`--api-version must be ${apiVersions.join(' or ')}, got "${apiVersion}"`);
  }
  const failOn = values['fail-on'] ?? 'any';
  if (failOn !== 'any' && failOn !== 'new') throw new UsageError(`--fail-on must be any or new, got "${failOn}"`);
  if (failOn === 'new' && !values.baseline) throw new UsageError('--fail-on new needs --baseline PATH');
  const target = values.target ?? env.SB_TARGET;
  const token = values.token ?? env.SB_TOKEN;
  if (!values.list) {
    if (!target)
      throw new UsageError('--target is required: the full URL of the API, e.g. http://localhost:8080/include/api.php');
    if (!token) throw new UsageError("--token is required: an admin's token of the target (or set SB_TOKEN)");
    try {
      new URL(target);
    } catch {
      throw new UsageError(`--target must be a full URL, got "${target}"`);
    }
  }
  const port = number('webhooks', values.webhooks, { min: 0, integer: true });
  if (!values.webhooks && (values['webhook-secret'] || values['webhook-key'])) {
    throw new UsageError('--webhook-secret and --webhook-key need --webhooks PORT');
  }
  const loadFlags = ['connections', 'duration', 'max-error-rate', 'max-p99'] as const;
  if (!values.load && loadFlags.some((flag) => values[flag] !== undefined)) {
    throw new UsageError(`--${loadFlags.find((flag) => values[flag] !== undefined)} needs --load`);
  }
  const maxErrorRate = number('max-error-rate', values['max-error-rate'], { min: 0 });
  if (maxErrorRate !== undefined && maxErrorRate > 1)
    throw new UsageError('--max-error-rate is a share from 0 to 1 (or a percentage such as 1%)');
  const connections = number('connections', values.connections, { min: 1, integer: true });
  const duration = number('duration', values.duration, { min: 1 });
  const maxP99 = number('max-p99', values['max-p99'], { min: 1 });
  const timeoutMs = number('timeout', values.timeout, { min: 1, integer: true });
  const webhookTimeout = number('webhook-timeout', values['webhook-timeout'], { min: 1, integer: true });

  return {
    help: false,
    list: Boolean(values.list),
    color,
    ...(values.report ? { reportDir: values.report } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    failOn,
    run: {
      target: target ?? '',
      token: token ?? '',
      ...(apiVersion ? { apiVersion } : {}),
      level,
      ...(values.only ? { only: list(values.only) } : {}),
      ...(values.skip ? { skip: list(values.skip) } : {}),
      ...(values.tag ? { tags: list(values.tag) } : {}),
      ...(values['skip-tag'] ? { skipTags: list(values['skip-tag']) } : {}),
      ...(values.load
        ? {
            load: {
              ...(connections !== undefined ? { connections } : {}),
              ...(duration !== undefined ? { duration } : {}),
              ...(maxErrorRate !== undefined ? { maxErrorRate } : {}),
              ...(maxP99 !== undefined ? { maxP99 } : {}),
            },
          }
        : {}),
      ...(port !== undefined
        ? {
            webhooks: {
              port,
              ...(values['webhook-secret'] ? { secret: values['webhook-secret'] } : {}),
              ...(values['webhook-key'] !== undefined ? { key: values['webhook-key'] } : {}),
              ...(webhookTimeout !== undefined ? { timeoutMs: webhookTimeout } : {}),
            },
          }
        : {}),
      ...(values.bail ? { bail: true } : {}),
      ...(values.keep ? { keep: true } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    },
  };
};
