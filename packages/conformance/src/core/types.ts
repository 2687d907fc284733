import type { ApiVersion, Group } from '@support-board/contract';
import type { CheckContext } from './context.js';

/** Where a check belongs: a group of the documentation, or `api` for what is common to every method. */
export type CheckGroup = Group | 'api';

/** What kind of checking a check does; each area is also a tag. */
export type Area = 'examples' | 'negative' | 'scenarios' | 'integrations' | 'webhooks' | 'load';

/** `core`: what every implementation must pass; `full`: integrations, webhooks, load and `reference` checks too. */
export type Level = 'core' | 'full';

/** One thing a target got wrong: which call, where in its answer, what was expected and what came. */
export interface Finding {
  /** The check that found it. */
  check: string;
  /** The method whose answer is wrong (absent when no method is involved, e.g. a missing `function`). */
  method?: string;
  /** A JSON path into the answer (`$.response[0].id`), or what else was looked at (`p99`, `webhook-signature`). */
  path: string;
  expected: string;
  received: string;
  /** What probably causes it, and where the contract says so. */
  hint?: string;
  /** The call that showed it, as a `curl` command (the admin token as `$TOKEN`). */
  curl?: string;
}

/** A finding before it is given to the check that found it. */
export type FindingInput = Omit<Finding, 'check'>;

/**
 * Why the original Support Board (3.3.6, judged as version 3.3) fails a check, recorded when the
 * suite was calibrated on it. `hardening`: the original takes bad input unsafely (a security finding,
 * not an incompatibility); `fails-on-original`: its own bug, or a configuration it lacks.
 */
export interface OnOriginal {
  kind: 'hardening' | 'fails-on-original';
  /** What the original answered, and why that fails the check. */
  reason: string;
}

/** Argument names or error codes, by method name: what a check proves or sent, for the coverage map. */
export type ByMethod = Partial<Record<string, string[]>>;

export interface Check {
  /** A stable ID, `area/what`, e.g. `examples/get-user`; `--only` and `--skip` take it. */
  id: string;
  /** One line: what the check proves. */
  title: string;
  group: CheckGroup;
  area: Area;
  /** The methods the check calls to prove its point. */
  methods: string[];
  level: Level;
  /**
   * Group, methods, area, features, and how the check relates to the original: `original`,
   * `note:<id>`, `reference`, `hardening`, `fails-on-original`, `version:<fact>`, `destructive`.
   */
  tags: string[];
  /** The API versions the check applies to (absent: every version). */
  versions?: ApiVersion[];
  /** Why the original fails it, when it does (also the tag `hardening` or `fails-on-original`). */
  onOriginal?: OnOriginal;
  /** The arguments whose effect the check observes, by method (`{"get-users": ["search"]}`). */
  observes?: ByMethod;
  /** The error codes the check provokes, the exact code required, by method. */
  provokes?: ByMethod;
  /** Records findings on `t`; `t.skip(reason)` when it cannot apply to this target. */
  run(t: CheckContext): Promise<void>;
}

/**
 * `blocked`: a call the check needed to set up its test failed (its own check reports that call),
 * so the check could not test its subject.
 */
export type Status = 'passed' | 'failed' | 'blocked' | 'skipped';

export interface CheckResult {
  id: string;
  title: string;
  group: CheckGroup;
  area: Area;
  methods: string[];
  tags: string[];
  status: Status;
  ms: number;
  /** Why it was skipped. */
  reason?: string;
  /** The setup call that blocked it: which call, what was expected, what came. */
  blockedBy?: FindingInput;
  onOriginal?: OnOriginal;
  findings: Finding[];
  /** The methods the check called, in the order of their first call (the shared fixtures' calls apart). */
  calls?: string[];
  /** The shared fixtures it read (`customer`, `conversation`, ...). */
  fixtures?: string[];
  /** The arguments the check's calls carried, by method (the shared fixtures' calls apart). */
  sent?: ByMethod;
}

/** What one load profile measured. */
export interface LoadResult {
  profile: string;
  connections: number;
  /**
   * `keep-alive`: autocannon, each connection reused. `connection-per-request`: the probe's answer
   * closed its connection (or never came), so the suite's own client opened one per request.
   */
  client: 'keep-alive' | 'connection-per-request';
  /** What the one request sent before the load saw: how the answer was framed, or why none came. */
  probe: string;
  durationSeconds: number;
  /** Requests written to the target, answered or not. */
  sent: number;
  /** Complete answers read, whatever they said. */
  answers: number;
  /** Bytes read from the target, headers and bodies (autocannon counts those of complete answers only). */
  bytesRead: number;
  /** Requests answered or failed. */
  requests: number;
  /** Answers read per second. */
  requestsPerSecond: number;
  /** Latency percentiles of the answers, in ms. */
  p50: number;
  p90: number;
  p99: number;
  /** Connection failures, timeouts, non-2xx answers, and answers that are not a success envelope. */
  errors: number;
  errorRate: number;
  /** A few examples of what counted as errors. */
  samples: string[];
}
