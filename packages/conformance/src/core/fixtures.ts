import { createHash } from 'node:crypto';
import type { Answer, Api } from './api.js';
import { shapeOf, showAnswer } from './envelope.js';
import { Blocked } from './outcomes.js';
import type { Reading } from './readings.js';
import { SetUp } from './set-up.js';
import type { FindingInput } from './types.js';
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
  conversation: { id: number; title: string };
  customerMessage: { id: number; text: string };
  agentMessage: { id: number; text: string };
}

/** The name of one base fixture a check may read. */
export type FixtureName = Exclude<keyof BaseFixtures, 'marker'>;

/** Each base fixture, made, or the set-up call that could not make it. */
type Pieces = { [K in FixtureName]: { value: BaseFixtures[K] } | { blocked: FindingInput } };

type Cleanup = { what: string; run: () => Promise<void> };

/**
 * The data the run creates, through the API: the base fixtures every check may read, and what each
 * check creates for itself, all deleted at the end. Each base fixture is made on its own: when the
 * call making one fails, only the checks that read that one (or one made from it) are blocked.
 */
export class Fixtures {
  private piecesPromise: Promise<Pieces> | undefined;
  private readonly users: number[] = [];
  private readonly cleanups: Cleanup[] = [];
  private serial = 0;
  /** The set-up calls, read leniently. */
  readonly setUp: SetUp;

  constructor(
    private readonly api: Api,
    readonly marker: string,
  ) {
    this.setUp = new SetUp(api, (id) => this.trackUser(id));
  }

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

  /**
   * The base fixtures, made on first use; `onRead` is told of each one a check reads. Reading one
   * that could not be made throws `Blocked` with the call that failed.
   */
  async base(onRead: (name: FixtureName) => void = () => {}): Promise<BaseFixtures> {
    this.piecesPromise ??= this.api.journal.outside(() => this.createBase());
    const pieces = await this.piecesPromise;
    const view = { marker: this.marker } as BaseFixtures;
    for (const name of Object.keys(pieces) as FixtureName[]) {
      Object.defineProperty(view, name, {
        enumerable: true,
        get: () => {
          onRead(name);
          const piece = pieces[name];
          if ('blocked' in piece) throw new Blocked(piece.blocked);
          return piece.value;
        },
      });
    }
    return view;
  }

  /** Whether the base fixtures were created (and must be cleaned up). */
  get created(): boolean {
    return this.piecesPromise !== undefined;
  }

  /** How set-up calls were read where they differ from the contract. */
  get readings(): Reading[] {
    return this.setUp.notes;
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
    const id = method === 'add-user' ? this.setUp.addedUser(answer) : undefined;
    if (id !== undefined) this.trackUser(id);
  }

  get trackedUsers(): readonly number[] {
    return this.users;
  }

  /** Something to undo at the end of the run, in reverse order (articles to restore, say). */
  onCleanup(what: string, run: () => Promise<void>): void {
    this.cleanups.push({ what, run });
  }

  /**
   * Undoes what the run changed (articles restored, ...), then deletes every user it created (their
   * conversations and messages go with them), unless `keepUsers` (so that the findings' `curl` lines
   * find the same data).
   */
  async cleanup({ keepUsers = false } = {}): Promise<string[]> {
    const problems: string[] = [];
    for (const cleanup of this.cleanups.reverse()) {
      try {
        await cleanup.run();
      } catch (error) {
        problems.push(`${cleanup.what}: ${errorText(error)}`);
      }
    }
    for (let i = 0; i < (keepUsers ? 0 : this.users.length); i += 100) {
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
   * Makes the base fixtures in order, each from the ones it needs: a fixture whose call fails is
   * kept as what blocks it, and so is every fixture made from it.
   */
  private async createBase(): Promise<Pieces> {
    const m = this.marker;
    const who = 'the suite creates its fixtures';
    const pieces = {} as Pieces;
    const make = async <K extends FixtureName>(
      name: K,
      needs: FixtureName[],
      value: () => Promise<BaseFixtures[K]>,
    ) => {
      const missing = needs.map((need) => pieces[need]).find((piece) => 'blocked' in piece);
      if (missing && 'blocked' in missing) {
        pieces[name] = { blocked: missing.blocked };
        return;
      }
      try {
        pieces[name] = { value: await value() } as Pieces[K];
      } catch (error) {
        if (!(error instanceof Blocked)) throw error;
        pieces[name] = { blocked: error.finding };
      }
    };
    const take = <K extends FixtureName>(name: K) => (pieces[name] as { value: BaseFixtures[K] }).value;

    const customer = { first_name: 'Don', last_name: `John-${m}`, email: `${m}.don@example.com`, phone: this.phone() };
    await make('customer', [], async () => {
      const id = await this.setUp.user(
        {
          first_name: customer.first_name,
          last_name: customer.last_name,
          email: customer.email,
          extra: {
            phone: [customer.phone, 'Phone'],
            city: ['London', 'City'],
            current_url: ['https://example.com/pricing', 'Current URL'],
          },
        },
        who,
      );
      return { id, ...customer };
    });
    await make('visitor', [], async () => ({
      id: await this.setUp.user({ first_name: 'Visitor', last_name: `Visitor-${m}` }, who),
    }));
    const agent = { first_name: 'Bruce', last_name: `Agent-${m}`, email: `${m}.agent@example.com` };
    await make('agent', [], async () => ({
      id: await this.setUp.user({ ...agent, user_type: 'agent' }, who),
      ...agent,
    }));

    const title = `Order ${m}`;
    // The creation time gives the target's clock: `before` needs it, the conversation itself does not.
    let time: string | Blocked | undefined;
    await make('conversation', ['customer'], async () => {
      const made = await this.setUp.conversation({ user_id: take('customer').id, title, status_code: 0 }, who);
      time = made.time;
      return { id: made.id, title };
    });
    await make('before', ['conversation'], async () => {
      if (time instanceof Blocked) throw time;
      return shiftDatetime(time as string, -60);
    });
    const customerText = `Hello, I need help with order ${m}`;
    const agentText = `Hi Don, how can I help with ${m}?`;
    const send = (from: 'customer' | 'agent', message: string) => async () => {
      const args = { user_id: take(from).id, conversation_id: take('conversation').id, message };
      return { id: await this.setUp.message(args, who), text: message };
    };
    await make('customerMessage', ['conversation'], send('customer', customerText));
    await make('agentMessage', ['conversation', 'agent'], send('agent', agentText));
    return pieces;
  }
}
