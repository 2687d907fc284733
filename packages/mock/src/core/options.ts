import { type ApiVersion, DOCUMENTED_VERSION } from '@support-board/contract';
import type { LogLine } from './log.js';

export const MODES = ['static', 'dynamic', 'stateful'] as const;
export type MockMode = (typeof MODES)[number];

export interface MockOptions {
  /** static (default): documented examples; dynamic: generated from the schemas; stateful: an in-memory store. */
  mode?: MockMode;
  /**
   * The version of the API to answer as: `3.0` (default), the documented one, or `3.3`, as Support
   * Board 3.3.6 answers (method names, answer shapes, defaults, the contract's version facts).
   */
  apiVersion?: ApiVersion;
  /** The seed of dynamic answers and of stateful mode's random values. Default 1. */
  seed?: number;
  /** Where webhooks are posted; without it none is sent. */
  webhookUrl?: string;
  /** The `key` of every webhook body. */
  webhookKey?: string;
  /** Signs webhooks with the Standard Webhooks headers. */
  webhookSecret?: string;
  /** Retries after a failed delivery. Default 2. */
  webhookRetries?: number;
  /** Wait before the first retry, 4 times longer each next one. Default 500. */
  webhookRetryDelayMs?: number;
  /** The longest `Prefer: delay=` honoured. Default 10000. */
  maxDelayMs?: number;
  /**
   * Where request log lines go; false for none. Default: standard output for the server and
   * `createMockApp`, none for the MSW handlers (the core itself has no standard output).
   */
  log?: LogLine | false;
  /** The clock of stateful mode (tests). */
  now?: () => Date;
  /** The base URL in links the mock answers (CSV exports); default: the URL the request came to. */
  publicUrl?: string;
  /**
   * The admin token: the API answers `invalid-token` to any other (in stateful mode the store's admins'
   * tokens are accepted too), and the admin endpoints ask for it. Default: any non-empty token.
   */
  token?: string;
}

export interface ResolvedOptions {
  mode: MockMode;
  apiVersion: ApiVersion;
  seed: number;
  maxDelayMs: number;
  log: LogLine;
  logging: boolean;
  token: string | undefined;
}

export const resolveOptions = (options: MockOptions): ResolvedOptions => ({
  mode: options.mode ?? 'static',
  apiVersion: options.apiVersion ?? DOCUMENTED_VERSION,
  seed: options.seed ?? 1,
  maxDelayMs: options.maxDelayMs ?? 10_000,
  log: options.log || (() => {}),
  logging: Boolean(options.log),
  token: options.token || undefined,
});
