import {
  type ApiVersion,
  adaptResponse,
  type DispatcherErrorCode,
  hasFact,
  type MethodArgs,
  type MethodName,
  type MethodResponse,
  type Methods,
  methods,
} from '@support-board/contract';
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

/**
 * Thrown when a call the check needs to set up its test fails: the check is blocked by it, not
 * failed. The call's own check (examples/<method>) reports what is wrong with it, once.
 */
export class Blocked extends Error {
  override readonly name = 'Blocked';
  constructor(readonly finding: FindingInput) {
    super(`${finding.method}: ${finding.expected}`);
  }
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

  /** The API version answers are judged by. */
  get version(): ApiVersion {
    return this.env.settings.apiVersion;
  }

  /** Whether the version judged answers as the contract's version fact `id` says. */
  fact(id: string): boolean {
    return hasFact(this.version, id);
  }

  /** A documented answer of `name` as the version judged sends it (`"online"` is `true` in 3.3). */
  expected<N extends MethodName>(name: N, documented: MethodResponse<Methods[N]>): unknown {
    return adaptResponse(methods[name], this.version, documented);
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

  /**
   * A call that sets up the check's test: its success, judged as `ok` judges it, or the check is
   * blocked by it (the call's own check reports what is wrong with the answer).
   */
  setUp<N extends MethodName>(name: N, args: MethodArgs<Methods[N]>): Promise<MethodResponse<Methods[N], ApiVersion>> {
    return this.fixtures.setUp(name, args);
  }

  /** Creates a user through add-user (deleted at the end of the run); blocked when add-user fails. */
  async user(args: MethodArgs<Methods['add-user']> = {}): Promise<number> {
    return (await this.setUp('add-user', args)) as number;
  }

  /** Creates a conversation (deleted with its user at the end of the run); blocked when new-conversation fails. */
  async conversation(args: MethodArgs<Methods['new-conversation']>): Promise<number> {
    return Number((await this.setUp('new-conversation', args)).details.id);
  }

  /**
   * Sends a message and answers its ID; blocked when send-message fails. With `status`, the message
   * sets the conversation's status (version 3.3 otherwise sets it from the sender).
   */
  async message(conversationId: number, userId: number, message: string, status?: number): Promise<number> {
    const args = { user_id: userId, conversation_id: conversationId, message };
    return sendForSetUp(this.api, this.version, status === undefined ? args : { ...args, conversation_status: status });
  }
}

/** The `response` of a set-up call, valid for `version`; throws `Blocked` otherwise. */
export const setUpResponse = (
  name: MethodName,
  answer: Answer,
  version: ApiVersion,
  who = 'the check sets up its test',
): unknown => {
  const judged = judgeSuccess(name, answer, version);
  const finding = judged.findings.find((f) => f.path !== 'HTTP status') ?? judged.findings[0];
  if (judged.usable || !finding) return judged.response;
  throw new Blocked({ ...finding, expected: `${finding.expected} (${who} with ${name})` });
};

/** The ID of the message send-message added: `message-id` in the documented version, `id` from 3.3. */
const messageId = (sent: MethodResponse<Methods['send-message'], ApiVersion>): number =>
  'message-id' in sent ? sent['message-id'] : sent.id;

/** The ID of the newest message `sender` has in a conversation, as get-conversation answers it. */
const newestMessage = async (api: Api, version: ApiVersion, conversationId: number, sender: number) => {
  const judged = judgeSuccess(
    'get-conversation',
    await api.call('get-conversation', { conversation_id: conversationId }),
    version,
  );
  const found = judged.response as { messages?: { id: string; user_id: string }[] } | false | undefined;
  const ids = (found ? (found.messages ?? []) : [])
    .filter((message) => message.user_id === String(sender))
    .map((message) => Number(message.id));
  return judged.usable && ids.length ? Math.max(...ids) : undefined;
};

/**
 * Sends a message to set up a test and answers its ID. When send-message succeeds but does not
 * answer the ID as the version judged has it (its own check reports that), the ID is read back
 * with get-conversation, so that one answer shape does not block every check that sends a message.
 * Blocked when neither gives it.
 */
export const sendForSetUp = async (
  api: Api,
  version: ApiVersion,
  args: MethodArgs<Methods['send-message']>,
  who?: string,
): Promise<number> => {
  const answer = await api.call('send-message', args);
  try {
    return messageId(
      setUpResponse('send-message', answer, version, who) as MethodResponse<Methods['send-message'], ApiVersion>,
    );
  } catch (error) {
    if (!(error instanceof Blocked) || shapeOf(answer).kind !== 'success') throw error;
    const id = await newestMessage(api, version, args.conversation_id, args.user_id);
    if (id === undefined) throw error;
    return id;
  }
};
