import { randomBytes } from 'node:crypto';
import { type ApiVersion, DOCUMENTED_VERSION } from '@support-board/contract';
import type { VersionChoice } from './detect-version.js';
import type { Exchange } from './exchanges.js';
import type { Check, CheckResult, Level } from './types.js';

export interface LoadOptions {
  /** Concurrent connections (default 10). */
  connections?: number;
  /** Seconds per profile (default 10). */
  duration?: number;
  /** Largest accepted share of errors, 0 to 1 (default 0.01). */
  maxErrorRate?: number;
  /** Largest accepted 99th percentile latency in ms (default 1000). */
  maxP99?: number;
}

export interface WebhookOptions {
  /** Loopback port to listen on; the target's webhook URL must point there. */
  port: number;
  /** Verify the Standard Webhooks signature with this secret. */
  secret?: string;
  /** The `key` every body must carry. */
  key?: string;
  /** How long to wait for each webhook, in ms (default 10000). */
  timeoutMs?: number;
}

export type ProgressEvent =
  | {
      type: 'start';
      total: number;
      target: string;
      apiVersion: ApiVersion;
      /** How the version was chosen: given, or detected with its evidence. */
      version: VersionChoice;
      marker: string;
      webhookUrl?: string;
    }
  | { type: 'check'; result: CheckResult }
  | { type: 'done' };

export interface ConformanceOptions {
  /** The full URL of the target's `include/api.php`. */
  target: string;
  /** An admin's token on the target. */
  token: string;
  /**
   * The version of the API to judge the target by: `3.0`, the documented one, or `3.3`, as Support
   * Board 3.3.6 answers (see the contract's version facts). Absent: found out from a few harmless
   * calls whose answers differ between versions, `3.0` when none tells.
   */
  apiVersion?: ApiVersion;
  level?: Level;
  /** Run only checks matching any of these: check IDs (or ID prefixes), groups, methods, tags. */
  only?: string[];
  /** Leave out checks matching any of these. */
  skip?: string[];
  /** Run only checks carrying one of these tags. */
  tags?: string[];
  /** Leave out checks carrying one of these tags. */
  skipTags?: string[];
  /** Run the load profiles, with these settings. */
  load?: boolean | LoadOptions;
  webhooks?: WebhookOptions;
  /** Stop at the first failed check. */
  bail?: boolean;
  /**
   * Keep the users the run created (with their conversations and messages) instead of deleting them,
   * so that the findings' `curl` lines find the same data; the report lists them (`kept`).
   */
  keep?: boolean;
  /** Per-request timeout in ms (default 30000). */
  timeoutMs?: number;
  /** Called as the run goes (the CLI prints progress from it). */
  onProgress?: (event: ProgressEvent) => void;
  /** Called with every request the run makes and its answer (a differential run records them). */
  onExchange?: (exchange: Exchange) => void;
  /** Replace the registry (tests). */
  checks?: readonly Check[];
  /**
   * The run's marker instead of a random one (replaying a recorded run needs the recorded marker).
   * It must be unique to the run: everything carrying it is deleted at the end.
   */
  marker?: string;
}

/** The options of a run, resolved, as checks see them. */
export interface RunSettings {
  apiVersion: ApiVersion;
  level: Level;
  timeoutMs: number;
  /** A word unique to this run, in the names and emails of everything it creates. */
  marker: string;
  load?: Required<LoadOptions>;
  webhooks?: Required<Pick<WebhookOptions, 'port' | 'timeoutMs'>> & Pick<WebhookOptions, 'secret' | 'key'>;
}

export const resolveSettings = (options: ConformanceOptions): RunSettings => {
  const load = options.load === true ? {} : options.load || undefined;
  return {
    apiVersion: options.apiVersion ?? DOCUMENTED_VERSION,
    level: options.level ?? 'core',
    timeoutMs: options.timeoutMs ?? 30_000,
    marker: options.marker ?? `sbc${randomBytes(5).toString('hex')}`,
    ...(load
      ? {
          load: {
            connections: load.connections ?? 10,
            duration: load.duration ?? 10,
            maxErrorRate: load.maxErrorRate ?? 0.01,
            maxP99: load.maxP99 ?? 1000,
          },
        }
      : {}),
    ...(options.webhooks ? { webhooks: { ...options.webhooks, timeoutMs: options.webhooks.timeoutMs ?? 10_000 } } : {}),
  };
};
