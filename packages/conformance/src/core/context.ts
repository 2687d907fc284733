import type { DispatcherErrorCode, MethodArgs, MethodName, MethodResponse, Methods } from '@support-board/contract';
import type { Answer, Api, CallOptions } from './api.js';
import { type Shape, shapeOf } from './envelope.js';
import type { BaseFixtures, Fixtures } from './fixtures.js';
import { type ErrorFill, type FindingInput, judgeExactError, judgeRefusal, judgeSuccess } from './judge.js';
import type { RunSettings } from './settings.js';
import type { Check, Finding, LoadResult } from './types.js';
import { deepEqual, show } from './values.js';
import type { WebhookReceiver } from './webhook-receiver.js';

/** Thrown by `t.skip()`: the check does not apply to this target. */
export class Skip extends Error {
  override readonly name = 'Skip';
}

/** Thrown once a check has recorded a finding it cannot go on after. */
export class Stop extends Error {
  override readonly name = 'Stop';
}

export type { FindingInput };

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

  /** The shared users, conversation and messages every check may read (created on first use). */
  base(): Promise<BaseFixtures> {
    return this.env.fixtures.base();
  }

  skip(reason: string): never {
    throw new Skip(reason);
  }

  report(finding: FindingInput): void {
    this.findings.push({ check: this.current.id, ...finding });
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
  ): Promise<MethodResponse<Methods[N]>> {
    const answer = await this.api.call(name, args, options);
    return this.expectSuccess(name, answer) as MethodResponse<Methods[N]>;
  }

  /** Checks an answer is a valid success of `name`; ends the check otherwise. */
  expectSuccess(name: MethodName, answer: Answer): unknown {
    const judged = judgeSuccess(name, answer);
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
    const judged = judgeExactError(name, answer, code, fill);
    for (const finding of judged.findings) this.report(finding);
    return judged.shape;
  }

  /** Creates a user through add-user and deletes it at the end of the run. */
  async user(args: MethodArgs<Methods['add-user']> = {}): Promise<number> {
    const answer = await this.api.call('add-user', args);
    const shape = shapeOf(answer);
    // Tracked before the answer is judged, so that a user created with a wrong answer is still deleted.
    if (shape.kind === 'success' && Number(shape.response) > 0) this.fixtures.trackUser(Number(shape.response));
    return this.expectSuccess('add-user', answer) as number;
  }

  /** Creates a conversation (deleted with its user at the end of the run). */
  async conversation(args: MethodArgs<Methods['new-conversation']>): Promise<number> {
    const conversation = await this.ok('new-conversation', args);
    return Number(conversation.details.id);
  }

  /** Sends a message and answers its ID. */
  async message(conversationId: number, userId: number, message: string): Promise<number> {
    const sent = await this.ok('send-message', { user_id: userId, conversation_id: conversationId, message });
    return sent['message-id'];
  }
}
