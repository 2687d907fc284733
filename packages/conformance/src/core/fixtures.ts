import { createHash } from 'node:crypto';
import type { ApiVersion, MethodArgs, MethodName, MethodResponse, Methods } from '@support-board/contract';
import type { Answer, Api } from './api.js';
import { Blocked, sendForSetUp, setUpResponse } from './context.js';
import { shapeOf, showAnswer } from './envelope.js';
import { errorText, shiftDatetime } from './values.js';

/** The data every check may read: created once, through the API, on first use. */
export interface BaseFixtures {
  marker: string;
  /** A time on the target's clock a minute before the fixtures were created. */
  before: string;
  customer: { id: number; first_name: string; last_name: string; email: string; phone: string };
  /** A user without an email. */
  visitor: { id: number };
  agent: { id: number; first_name: string; last_name: string; email: string };
  /** The customer's conversation: the customer's message, then the agent's. */
  conversation: { id: number; title: string; time: string };
  customerMessage: { id: number; text: string };
  agentMessage: { id: number; text: string };
}

type Cleanup = { what: string; run: () => Promise<void> };

/**
 * The data the run creates, through the API: the base fixtures every check may read, and what each
 * check creates for itself, all deleted at the end. When a call creating the base fixtures fails,
 * every check needing them is blocked by it.
 */
export class Fixtures {
  private basePromise: Promise<BaseFixtures> | undefined;
  private readonly users: number[] = [];
  private readonly cleanups: Cleanup[] = [];
  private serial = 0;

  constructor(
    private readonly api: Api,
    readonly marker: string,
    private readonly version: ApiVersion,
  ) {}

  /** An email address no other user has: the run's marker, what it is for, and a serial number. */
  email(what: string): string {
    this.serial += 1;
    return `${this.marker}.${what}.${this.serial}@example.com`;
  }

  /**
   * A token in the form of a real one that no user has: made from the run's marker, so that it
   * differs from run to run (a fixed one could be, by chance or by choice, the token the suite runs
   * with) and a recorded run can be replayed.
   */
  madeUpToken(): string {
    this.serial += 1;
    return createHash('sha1').update(`${this.marker} made-up token ${this.serial}`).digest('hex');
  }

  /** A phone number no other user has (version 3.3 refuses a phone in use with `duplicate-phone`). */
  phone(): string {
    this.serial += 1;
    return `+1${Number.parseInt(this.marker.slice(-8), 16)}${this.serial}`;
  }

  /**
   * A user's arguments with the email and the phone they hold replaced by ones no other user has: a
   * duplicate (`duplicate-email`, 3.3's `duplicate-phone`) would refuse the call for another reason
   * than the one a check tests.
   */
  uniqueContacts<T extends { email?: string; extra?: Record<string, unknown> }>(args: T): T {
    return {
      ...args,
      ...(args.email === undefined ? {} : { email: this.email('contact') }),
      ...(args.extra?.phone === undefined ? {} : { extra: { ...args.extra, phone: [this.phone(), 'Phone'] } }),
    };
  }

  base(): Promise<BaseFixtures> {
    this.basePromise ??= this.createBase();
    return this.basePromise;
  }

  /** Whether the base fixtures were created (and must be cleaned up). */
  get created(): boolean {
    return this.basePromise !== undefined;
  }

  trackUser(id: number): void {
    if (!this.users.includes(id)) this.users.push(id);
  }

  /**
   * When add-user answered a new user, the run deletes it at the end: called before the answer is
   * judged, so that a user created with a wrong answer, or by a call that should have been refused,
   * is deleted too.
   */
  trackCreated(method: string, answer: Answer): void {
    const shape = shapeOf(answer);
    if (method === 'add-user' && shape.kind === 'success' && Number(shape.response) > 0) {
      this.trackUser(Number(shape.response));
    }
  }

  get trackedUsers(): readonly number[] {
    return this.users;
  }

  /** Something to undo at the end of the run, in reverse order (articles to restore, say). */
  onCleanup(what: string, run: () => Promise<void>): void {
    this.cleanups.push({ what, run });
  }

  /** Deletes every user the run created (their conversations and messages go with them), then undoes the rest. */
  async cleanup(): Promise<string[]> {
    const problems: string[] = [];
    for (const cleanup of this.cleanups.reverse()) {
      try {
        await cleanup.run();
      } catch (error) {
        problems.push(`${cleanup.what}: ${errorText(error)}`);
      }
    }
    for (let i = 0; i < this.users.length; i += 100) {
      const chunk = this.users.slice(i, i + 100);
      const bulk = await this.api.call('delete-users', { user_ids: chunk }).catch(() => undefined);
      if (bulk && shapeOf(bulk).kind === 'success') continue;
      for (const id of chunk) {
        const answer = await this.api.call('delete-user', { user_id: id }).catch((error) => error as Error);
        if (answer instanceof Error || shapeOf(answer).kind !== 'success') {
          problems.push(
            `user ${id} could not be deleted: ${answer instanceof Error ? answer.message : showAnswer(answer)}`,
          );
        }
      }
    }
    return problems;
  }

  /**
   * A call that sets up a test: its success, judged for the version, or `Blocked` by it. A user it
   * adds is deleted at the end of the run, whatever else is wrong with the answer.
   */
  async setUp<N extends MethodName>(
    name: N,
    args: MethodArgs<Methods[N]>,
    who?: string,
  ): Promise<MethodResponse<Methods[N], ApiVersion>> {
    const answer = await this.api.call(name, args);
    this.trackCreated(name, answer);
    return setUpResponse(name, answer, this.version, who) as MethodResponse<Methods[N], ApiVersion>;
  }

  /** A call creating the base fixtures: every check needing them is blocked when it fails. */
  private must<N extends MethodName>(name: N, args: MethodArgs<Methods[N]>) {
    return this.setUp(name, args, 'the suite creates its fixtures');
  }

  private async addUser(args: MethodArgs<Methods['add-user']>): Promise<number> {
    return (await this.must('add-user', args)) as number;
  }

  private send(conversationId: number, userId: number, text: string): Promise<number> {
    const args = { user_id: userId, conversation_id: conversationId, message: text };
    return sendForSetUp(this.api, this.version, args, 'the suite creates its fixtures');
  }

  private async createBase(): Promise<BaseFixtures> {
    const m = this.marker;
    const customer = { first_name: 'Don', last_name: `John-${m}`, email: `${m}.don@example.com`, phone: this.phone() };
    const customerId = await this.addUser({
      first_name: customer.first_name,
      last_name: customer.last_name,
      email: customer.email,
      extra: {
        phone: [customer.phone, 'Phone'],
        city: ['London', 'City'],
        current_url: ['https://example.com/pricing', 'Current URL'],
      },
    });
    const visitorId = await this.addUser({ first_name: 'Visitor', last_name: `Visitor-${m}` });
    const agent = { first_name: 'Bruce', last_name: `Agent-${m}`, email: `${m}.agent@example.com` };
    const agentId = await this.addUser({ ...agent, user_type: 'agent' });
    const title = `Order ${m}`;
    const { details } = await this.must('new-conversation', { user_id: customerId, title, status_code: 0 });
    const time = String(details.conversation_time ?? details.creation_time ?? '');
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(time)) {
      throw new Blocked({
        method: 'new-conversation',
        path: '$.response.details.conversation_time',
        expected: 'the creation time, YYYY-MM-DD HH:MM:SS (the suite reads the target clock from it)',
        received: time || 'nothing',
      });
    }
    const conversationId = Number(details.id);
    const customerText = `Hello, I need help with order ${m}`;
    const agentText = `Hi Don, how can I help with ${m}?`;
    const customerMessage = await this.send(conversationId, customerId, customerText);
    const agentMessage = await this.send(conversationId, agentId, agentText);
    return {
      marker: m,
      before: shiftDatetime(time, -60),
      customer: { id: customerId, ...customer },
      visitor: { id: visitorId },
      agent: { id: agentId, ...agent },
      conversation: { id: conversationId, title, time },
      customerMessage: { id: customerMessage, text: customerText },
      agentMessage: { id: agentMessage, text: agentText },
    };
  }
}
