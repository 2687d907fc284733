import type { MethodArgs, Methods } from '@support-board/contract';
import type { Answer, Api } from './api.js';
import { toCurl } from './curl.js';
import { shapeOf, showAnswer } from './envelope.js';
import { Blocked } from './outcomes.js';
import { asId, DATETIME, type Lookup, lookUp, type Reading, responsePath, type Wanted } from './readings.js';

/** Keys of a conversation's details that hold other IDs than the conversation's own. */
const OTHER_CONVERSATION_IDS = ['user_id', 'agent_id', 'department', 'source', 'conversation_status_code'];
const ID_KEY = /id$/i;

const USER_ID: Wanted = {
  documented: [[]],
  variants: [['id'], ['user_id']],
  accept: (value) => asId(value) !== undefined,
  search: { path: [], skip: [], key: ID_KEY },
};

const CONVERSATION_ID: Wanted = {
  documented: [['details', 'id']],
  variants: [['details', 'conversation_id'], ['id'], ['conversation_id']],
  accept: (value) => asId(value) !== undefined,
  search: { path: ['details'], skip: OTHER_CONVERSATION_IDS, key: ID_KEY },
};

const CONVERSATION_TIME: Wanted = {
  documented: [
    ['details', 'conversation_time'],
    ['details', 'creation_time'],
  ],
  variants: [
    ['details', 'time'],
    ['details', 'created_at'],
    ['details', 'creation_date'],
  ],
  accept: (value) => typeof value === 'string' && DATETIME.test(value),
  search: { path: ['details'], skip: [], key: /./ },
};

const MESSAGE_ID: Wanted = {
  documented: [['message-id'], ['id']],
  variants: [['message_id'], ['details', 'id']],
  accept: (value) => asId(value) !== undefined,
  search: { path: [], skip: ['conversation_id', 'user_id'], key: ID_KEY },
};

/**
 * The calls that set up tests (add-user, new-conversation, send-message), read leniently: a set-up
 * call needs one value (an ID, a time), and takes it wherever a server that differs may reasonably
 * put it, noting each reading that is not the documented one. Only a call that answers no success,
 * or no usable value, blocks what needs it. Judging the answer is the call's own checks' job.
 */
export class SetUp {
  private readonly readings = new Map<string, Reading>();

  constructor(
    private readonly api: Api,
    /** Told of each user a call added, so that the run deletes it at the end. */
    private readonly onUser: (id: number) => void,
  ) {}

  /** The readings that were not as documented, each once with how many calls it served. */
  get notes(): Reading[] {
    return [...this.readings.values()];
  }

  /** The ID add-user answered, read leniently (undefined when there is none). */
  addedUser(answer: Answer): number | undefined {
    const shape = shapeOf(answer);
    if (shape.kind !== 'success') return undefined;
    const found = lookUp(shape.response, USER_ID);
    return found ? asId(found.value) : undefined;
  }

  /** Adds a user and answers its ID (deleted at the end of the run), or blocks. */
  async user(args: MethodArgs<Methods['add-user']>, who: string): Promise<number> {
    const answer = await this.api.call('add-user', args);
    const id = this.addedUser(answer);
    if (id !== undefined) this.onUser(id);
    const response = this.success(answer, who);
    return asId(this.read(answer, response, USER_ID, "the new user's ID", 'a number', who).value) as number;
  }

  /**
   * Creates a conversation and answers its ID and its creation time (or what blocks the checks that
   * need the time, when the answer holds none), or blocks.
   */
  async conversation(
    args: MethodArgs<Methods['new-conversation']>,
    who: string,
  ): Promise<{ id: number; time: string | Blocked }> {
    const answer = await this.api.call('new-conversation', args);
    const response = this.success(answer, who);
    const id = asId(
      this.read(answer, response, CONVERSATION_ID, "the conversation's ID", 'a numeric string', who).value,
    );
    const time = this.tryRead(answer, response, CONVERSATION_TIME, "the conversation's creation time", 'a datetime');
    return {
      id: id as number,
      time: time
        ? (time.value as string)
        : this.unreadable(answer, CONVERSATION_TIME, 'the creation time, YYYY-MM-DD HH:MM:SS', who),
    };
  }

  /**
   * Sends a message and answers its ID, or blocks. When the answer holds no ID anywhere, the ID is
   * read back as the sender's newest message in the conversation (get-conversation).
   */
  async message(args: MethodArgs<Methods['send-message']>, who: string): Promise<number> {
    const answer = await this.api.call('send-message', args);
    const response = this.success(answer, who);
    const found = this.tryRead(answer, response, MESSAGE_ID, "the new message's ID", 'a number');
    if (found) return asId(found.value) as number;
    const newest = await this.newestMessage(args.conversation_id, args.user_id);
    if (newest === undefined) throw this.unreadable(answer, MESSAGE_ID, "the new message's ID", who);
    this.note(
      'send-message',
      "the new message's ID",
      MESSAGE_ID,
      'read back: the newest message of its sender (get-conversation)',
    );
    return newest;
  }

  /** The `response` of a success, or Blocked with the call and its answer. */
  private success(answer: Answer, who: string): unknown {
    const shape = shapeOf(answer);
    if (shape.kind === 'success') return shape.response;
    throw new Blocked({
      method: answer.call.method ?? '',
      path: '$',
      expected: `a success answer (${who} with ${answer.call.method})`,
      received: showAnswer(answer),
      curl: toCurl(answer.call, this.api.token),
    });
  }

  private read(answer: Answer, response: unknown, wanted: Wanted, value: string, type: string, who: string): Lookup {
    const found = this.tryRead(answer, response, wanted, value, type);
    if (!found) throw this.unreadable(answer, wanted, value, who);
    return found;
  }

  private tryRead(answer: Answer, response: unknown, wanted: Wanted, value: string, type: string) {
    const found = lookUp(response, wanted);
    if (!found) return undefined;
    const method = answer.call.method ?? '';
    const typed = type === 'a number' ? typeof found.value === 'number' : typeof found.value === 'string';
    const how = [
      found.how,
      typed ? undefined : `${typeof found.value === 'number' ? 'a number' : 'a string'}, not ${type}`,
    ]
      .filter(Boolean)
      .join('; ');
    if (how) this.note(method, value, wanted, `${responsePath(found.path)} (${how})`);
    return found;
  }

  private unreadable(answer: Answer, wanted: Wanted, value: string, who: string): Blocked {
    return new Blocked({
      method: answer.call.method ?? '',
      path: wanted.documented.map(responsePath).join(' or '),
      expected: `${value} (${who} with ${answer.call.method}; looked for in the documented place, its variants and any single field that fits)`,
      received: showAnswer(answer),
      curl: toCurl(answer.call, this.api.token),
    });
  }

  private note(method: string, value: string, wanted: Wanted, read: string): void {
    const key = `${method} ${value} ${read}`;
    const known = this.readings.get(key);
    if (known) known.times += 1;
    else {
      const documented = wanted.documented.map(responsePath).join(' or ');
      this.readings.set(key, { method, value, documented, read, times: 1 });
    }
  }

  /** The ID of the newest message `sender` has in a conversation, as get-conversation answers it. */
  private async newestMessage(conversationId: number, sender: number): Promise<number | undefined> {
    const shape = shapeOf(await this.api.call('get-conversation', { conversation_id: conversationId }));
    const found = shape.kind === 'success' ? (shape.response as { messages?: unknown } | false) : undefined;
    const messages = found && Array.isArray(found.messages) ? (found.messages as Record<string, unknown>[]) : [];
    const ids = messages
      .filter((message) => String(message.user_id) === String(sender))
      .map((message) => asId(message.id))
      .filter((id): id is number => id !== undefined);
    return ids.length ? Math.max(...ids) : undefined;
  }
}
