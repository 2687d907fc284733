import {
  type ApiVersion,
  adaptResponse,
  type DispatcherErrorCode,
  type FactId,
  hasFact,
  type MethodArgs,
  type MethodName,
  type MethodResponse,
  type Methods,
  methods,
} from '@support-board/contract';
import type { Answer, Api, CallOptions } from './api.js';
import { toCurl } from './curl.js';
import type { Shape } from './envelope.js';
import type { BaseFixtures, FixtureName, Fixtures } from './fixtures.js';
import { type ErrorFill, judgeExactError, judgeRefusal, judgeSuccess } from './judge.js';
import { Skip, Stop } from './outcomes.js';
import type { RunSettings } from './settings.js';
import type { Check, Finding, FindingInput, LoadResult } from './types.js';
import { deepEqual, show } from './values.js';
import type { WebhookReceiver } from './webhook-receiver.js';

/** What a run shares between checks. */
export interface RunEnv {
  api: Api;
  settings: RunSettings;
  fixtures: Fixtures;
  webhooks?: WebhookReceiver;
  /** What the load profiles measured, for the report. */
  loadResults: LoadResult[];
}

/**
 * What a check works with: the API, the fixtures, and helpers that turn wrong answers into findings.
 * `ok` and `refused` check an answer against the contract; `check` and `equal` record semantic findings.
 */
export class CheckContext {
  readonly findings: Finding[] = [];
  /** The base fixtures the check read. */
  readonly fixturesRead = new Set<FixtureName>();

  constructor(
    /** The check being run. */
    readonly current: Check,
    readonly env: RunEnv,
  ) {}

  get api(): Api {
    return this.env.api;
  }

  get fixtures(): Fixtures {
    return this.env.fixtures;
  }

  get settings(): RunSettings {
    return this.env.settings;
  }

  /** The API version answers are judged by. */
  get version(): ApiVersion {
    return this.env.settings.apiVersion;
  }

  /** Whether the version judged answers as the contract's version fact `id` says. */
  fact(id: FactId): boolean {
    return hasFact(this.version, id);
  }

  /** A documented answer of `name` as the version judged sends it (`"online"` is `true` in 3.3). */
  expected<N extends MethodName>(name: N, documented: MethodResponse<Methods[N]>): unknown {
    return adaptResponse(methods[name], this.version, documented);
  }

  /**
   * The shared users, conversation and messages every check may read (created on first use).
   * Reading one that could not be made blocks the check.
   */
  base(): Promise<BaseFixtures> {
    return this.env.fixtures.base((name) => this.fixturesRead.add(name));
  }

  skip(reason: string): never {
    throw new Skip(reason);
  }

  /** Records a finding, with the check's last call of its method as a `curl` command. */
  report(finding: FindingInput): void {
    const call = finding.curl ? undefined : this.api.journal.last(finding.method);
    this.findings.push({ check: this.current.id, ...finding, ...(call ? { curl: toCurl(call, this.api.token) } : {}) });
  }

  /** Records the finding and ends the check. */
  stop(finding: FindingInput): never {
    this.report(finding);
    throw new Stop(finding.expected);
  }

  /** Records a finding unless `pass`; returns `pass`. */
  check(pass: boolean, finding: FindingInput): boolean {
    if (!pass) this.report(finding);
    return pass;
  }

  /** Records a finding unless `received` deep-equals `expected`. */
  equal(method: string, path: string, received: unknown, expected: unknown, hint?: string): boolean {
    return this.check(deepEqual(received, expected), {
      method,
      path,
      expected: show(expected),
      received: show(received),
      ...(hint ? { hint } : {}),
    });
  }

  /** The raw answer of a call. */
  answer<N extends MethodName>(name: N, args?: MethodArgs<Methods[N]>, options?: CallOptions): Promise<Answer> {
    return this.api.call(name, args, options);
  }

  /** A call that must succeed with a `response` valid against the contract; ends the check otherwise. */
  async ok<N extends MethodName>(
    name: N,
    args?: MethodArgs<Methods[N]>,
    options?: CallOptions,
  ): Promise<MethodResponse<Methods[N], ApiVersion>> {
    const answer = await this.api.call(name, args, options);
    return this.expectSuccess(name, answer) as MethodResponse<Methods[N], ApiVersion>;
  }

  /** Checks an answer is a valid success of `name`; ends the check otherwise. */
  expectSuccess(name: MethodName, answer: Answer): unknown {
    const judged = judgeSuccess(name, answer, this.version);
    for (const finding of judged.findings) this.report(finding);
    if (!judged.usable) throw new Stop(`${name}: not a valid success answer`);
    return judged.response;
  }

  /**
   * A call that must be refused with one of `codes`, in the shape the contract gives each code.
   * Records findings (it does not end the check) and returns the shape received.
   */
  async refused<N extends MethodName>(
    name: N,
    args: MethodArgs<Methods[N]> | undefined,
    codes: string | string[],
    options?: CallOptions,
  ): Promise<Shape> {
    return this.expectRefusal(name, await this.api.call(name, args, options), codes);
  }

  expectRefusal(name: string | undefined, answer: Answer, codes: string | string[]): Shape {
    const judged = judgeRefusal(name, answer, typeof codes === 'string' ? [codes] : codes);
    for (const finding of judged.findings) this.report(finding);
    return judged.shape;
  }

  /**
   * The dispatcher's refusal `code` exactly as the contract builds it (the original's message word
   * for word, no other key). Records findings and returns the shape received.
   */
  expectExactError(name: string | undefined, answer: Answer, code: DispatcherErrorCode, fill?: ErrorFill): Shape {
    const judged = judgeExactError(name, answer, code, this.version, fill);
    for (const finding of judged.findings) this.report(finding);
    return judged.shape;
  }

  /** Creates a user through add-user (deleted at the end of the run); blocked when no new ID can be had. */
  user(args: MethodArgs<Methods['add-user']> = {}): Promise<number> {
    return this.fixtures.setUp.user(args, 'the check sets up its test');
  }

  /** Creates a conversation (deleted with its user at the end of the run); blocked when no ID can be had. */
  async conversation(args: MethodArgs<Methods['new-conversation']>): Promise<number> {
    return (await this.fixtures.setUp.conversation(args, 'the check sets up its test')).id;
  }

  /**
   * Sends a message and answers its ID; blocked when no ID can be had. With `status`, the message
   * sets the conversation's status (version 3.3 otherwise sets it from the sender).
   */
  message(conversationId: number, userId: number, message: string, status?: number): Promise<number> {
    const args = { user_id: userId, conversation_id: conversationId, message };
    return this.fixtures.setUp.message(
      status === undefined ? args : { ...args, conversation_status: status },
      'the check sets up its test',
    );
  }
}
