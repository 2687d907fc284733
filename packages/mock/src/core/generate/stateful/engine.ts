import {
  type AnyMethod,
  type ApiVersion,
  adaptResponse,
  type ErrorCode,
  type FactId,
  formEncodedValues,
  hasFact,
  type MethodName,
  type WebhookName,
  webhooks,
} from '@support-board/contract';
import type { WebhookSender } from '../../webhooks/sender.js';
import { type Outcome, refusal, success } from '../outcome.js';
import { createRandom } from '../random.js';
import { handlers } from './handlers/index.js';
import { type HandlerContext, Refusal } from './handlers/types.js';
import { seedDemo } from './seed.js';
import { Store } from './store.js';

export interface StatefulCall {
  method: AnyMethod;
  name: MethodName;
  args: Record<string, unknown>;
  token: string;
  baseUrl: string;
}

export interface StatefulEngine {
  /** The current store. */
  readonly store: Store;
  handle(call: StatefulCall): Outcome;
  /** Forgets every change: back to the demo data. */
  reset(): void;
}

/**
 * A method that needs an outside app (Slack, Dialogflow, WordPress) answers what a server without
 * that app configured answers: the method's own `*-not-active` code, else `app-not-installed`.
 */
const notConfigured = (method: AnyMethod): Outcome => {
  const code: ErrorCode = method.errors.find((candidate) => candidate.endsWith('-not-active')) ?? 'app-not-installed';
  return refusal(code, `the ${method.requires} app is not configured in the mock`);
};

export const createStatefulEngine = (options: {
  seed: number;
  /** The version answered: handlers follow its facts, answers are adapted to its shapes. */
  version: ApiVersion;
  now?: () => Date;
  sender: WebhookSender;
}): StatefulEngine => {
  const { version } = options;
  const fact = (id: FactId) => hasFact(version, id);
  const fresh = () => {
    const created = new Store(options.now);
    seedDemo(created);
    return { store: created, random: createRandom(options.seed) };
  };
  let state = fresh();

  const handle = (call: StatefulCall): Outcome => {
    if (call.method.requires) return notConfigured(call.method);
    const handler = handlers[call.name] as ((args: unknown, ctx: HandlerContext) => unknown) | undefined;
    if (!handler) {
      const [example] = call.method.examples;
      return { kind: 'success', value: example.value, served: example.name, fallback: true };
    }
    const { store, random } = state;
    const users = [...store.users.values()];
    const admin =
      users.find((user) => user.token === call.token && user.user_type === 'admin') ??
      users.find((user) => user.user_type === 'admin');
    if (!admin) return refusal('invalid-token', 'no admin is left in the store', {}, version);
    // Only the webhooks the contract says this method fires (its `firedBy`) ever leave.
    const fire = (name: WebhookName, data: unknown) => {
      if (webhooks[name].firedBy.includes(call.name)) options.sender.send(name, formEncodedValues(data));
    };
    const context: HandlerContext = { store, admin, baseUrl: call.baseUrl, random, fire, fact };
    const result = handler(call.args, context);
    // Handlers answer as the documented version does; a later version's shape is derived from it.
    return result instanceof Refusal
      ? result.outcome
      : success(adaptResponse(call.method, version, result), 'stateful');
  };

  return {
    get store() {
      return state.store;
    },
    handle,
    reset: () => {
      state = fresh();
    },
  };
};
