import type { MethodArgs, MethodName, Methods } from '@support-board/contract';
import type { Api } from './api.js';
import { shapeOf, showAnswer } from './envelope.js';
import type { Finding } from './types.js';
import { errorText, shiftDatetime } from './values.js';

/** The data every check may read: created once, through the API, on first use. */
export interface BaseFixtures {
  marker: string;
  /** A time on the target's clock a minute before the fixtures were created. */
  before: string;
  customer: { id: number; first_name: string; last_name: string; email: string };
  /** A user without an email. */
  visitor: { id: number };
  agent: { id: number; first_name: string; last_name: string; email: string };
  /** The customer's conversation: the customer's message, then the agent's. */
  conversation: { id: number; title: string; time: string };
  customerMessage: { id: number; text: string };
  agentMessage: { id: number; text: string };
}

/** The fixtures could not be created: every check that needs them is skipped after the first. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
  reported = false;
  constructor(readonly finding: Omit<Finding, 'check'>) {
    super(`${finding.method}: ${finding.expected}`);
  }
}

type Cleanup = { what: string; run: () => Promise<void> };

export class Fixtures {
  private basePromise: Promise<BaseFixtures> | undefined;
  private readonly users: number[] = [];
  private readonly cleanups: Cleanup[] = [];

  constructor(
    private readonly api: Api,
    readonly marker: string,
  ) {}

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

  private async must<N extends MethodName>(name: N, args: MethodArgs<Methods[N]>): Promise<any> {
    const answer = await this.api.call(name, args);
    const shape = shapeOf(answer);
    if (shape.kind !== 'success') {
      throw new FixtureError({
        method: name,
        path: '$',
        expected: `a success answer (the suite creates its fixtures with ${name})`,
        received: showAnswer(answer),
      });
    }
    return shape.response;
  }

  private async addUser(args: MethodArgs<Methods['add-user']>): Promise<number> {
    const id = Number(await this.must('add-user', args));
    if (!Number.isInteger(id) || id <= 0) {
      throw new FixtureError({
        method: 'add-user',
        path: '$.response',
        expected: 'the ID of the new user',
        received: String(id),
      });
    }
    this.trackUser(id);
    return id;
  }

  private async send(conversationId: number, userId: number, text: string): Promise<number> {
    const sent = await this.must('send-message', { user_id: userId, conversation_id: conversationId, message: text });
    return Number(sent?.['message-id']);
  }

  private async createBase(): Promise<BaseFixtures> {
    const m = this.marker;
    const customer = { first_name: 'Don', last_name: `John-${m}`, email: `${m}.don@example.com` };
    const customerId = await this.addUser({
      ...customer,
      extra: {
        phone: ['+02123456789', 'Phone'],
        city: ['London', 'City'],
        current_url: ['https://example.com/pricing', 'Current URL'],
      },
    });
    const visitorId = await this.addUser({ first_name: 'Visitor', last_name: `Visitor-${m}` });
    const agent = { first_name: 'Bruce', last_name: `Agent-${m}`, email: `${m}.agent@example.com` };
    const agentId = await this.addUser({ ...agent, user_type: 'agent' });
    const title = `Order ${m}`;
    const conversation = await this.must('new-conversation', { user_id: customerId, title, status_code: 0 });
    const details = conversation?.details ?? {};
    const time = String(details.conversation_time ?? details.creation_time ?? '');
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(time)) {
      throw new FixtureError({
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
