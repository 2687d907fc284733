import type { z } from 'zod';
import type { ErrorCode } from './errors.js';
import type { ApiVersion, LaterVersion, MethodVersions, VersionFact } from './versions/define.js';
import type { ArgMap, ArgsInput, ArgsOutput } from './wire/args.js';

export const groups = {
  users: { title: 'Users', description: 'Methods to manage users, agents, and admins.' },
  conversations: { title: 'Conversations', description: 'Methods to manage conversations and messages.' },
  more: { title: 'More', description: 'Various methods that perform different actions.' },
} as const;
export type Group = keyof typeof groups;

/** An outside app a method needs; without it the original answers `app-not-installed`. */
export type App = 'slack' | 'dialogflow' | 'wordpress';

/**
 * A point where the source documentation is wrong, or where the original implementation and the
 * documentation disagree, and what the contract does about it. Each one is listed on the docs'
 * "Notes on the source documentation" page and emitted as `x-original-behaviour`.
 */
export interface Note {
  /** A stable slug; conformance checks that test this point carry it as a tag. */
  id: string;
  kind: 'slip' | 'disagreement' | 'difference';
  /** One line: what the point is about. */
  topic: string;
  /** What the documentation says (for slips and disagreements). */
  documented?: string;
  /** What the original implementation does (for disagreements and differences). */
  original?: string;
  /** What the contract and the reference server do, and why. */
  decision: string;
}

export interface ResponseExample<T> {
  /** A slug, used by the mock's `Prefer: example=<name>`. The first example is the documented one. */
  name: string;
  summary: string;
  value: T;
}

export interface MethodDefinition<
  Name extends string = string,
  A extends ArgMap = ArgMap,
  R extends z.ZodType = z.ZodType,
  V extends MethodVersions = MethodVersions,
> {
  /** The `function` value. */
  name: Name;
  group: Group;
  /** One line, from the documentation. */
  summary: string;
  /** Markdown: the documentation's text, then anything the contract adds. */
  description: string;
  args: A;
  /** The schema of the `response` value of a successful answer. */
  response: R;
  /** A realistic call: the typed arguments the documented example answers. */
  request: ArgsInput<A>;
  /** The documented example first (its `...` elisions dropped), then other outcomes. */
  examples: [ResponseExample<z.output<R>>, ...ResponseExample<z.output<R>>[]];
  /** Error codes this method itself can answer (the dispatcher's are common to all). */
  errors: ErrorCode[];
  /** The app the method needs, if any. */
  requires?: App;
  /** True when a call changes stored data (conformance proves bad input changes nothing). */
  writes: boolean;
  notes: Note[];
  /** Where a later version of the original answers differently, with the evidence. */
  versions: V;
}

export type AnyMethod = MethodDefinition<string, ArgMap, z.ZodType, MethodVersions>;
export type MethodArgs<M extends AnyMethod> = ArgsInput<M['args']>;
export type MethodInput<M extends AnyMethod> = ArgsOutput<M['args']>;

/** The `response` of a successful call, as version `V` answers it (the documented 3.0 unless given). */
export type MethodResponse<M extends AnyMethod, V extends ApiVersion = '3.0'> = V extends LaterVersion
  ? M['versions'][V] extends { response: infer R extends z.ZodType }
    ? z.output<R>
    : z.output<M['response']>
  : z.output<M['response']>;

type MethodConfig<Name extends string, A extends ArgMap, R extends z.ZodType, V extends MethodVersions> = Omit<
  MethodDefinition<Name, A, R, V>,
  'errors' | 'notes' | 'writes' | 'versions'
> &
  Partial<Pick<MethodDefinition<Name, A, R, V>, 'errors' | 'notes' | 'writes' | 'versions'>>;

/** Defines one method of the API. Invariants (examples valid, codes known) are checked by the contract's tests. */
export const defineMethod = <
  const Name extends string,
  A extends ArgMap,
  R extends z.ZodType,
  const V extends MethodVersions = {},
>(
  config: MethodConfig<Name, A, R, V>,
): MethodDefinition<Name, A, R, V> =>
  ({ errors: [], notes: [], writes: false, versions: {}, ...config }) as MethodDefinition<Name, A, R, V>;

export interface WebhookDefinition<Name extends string = string, D extends z.ZodType = z.ZodType> {
  /** The `function` value in the body. */
  name: Name;
  summary: string;
  description: string;
  /** The schema of `data`. */
  data: D;
  /** The documented example's `data` (the body is `{function, key, data}`). */
  example: z.output<D>;
  /**
   * The methods whose calls fire this webhook on the reference server. Empty: only a chat front
   * end can cause the event; the webhook can still be sent on demand to test a receiver.
   */
  firedBy: string[];
  /** When it fires, in one sentence. */
  trigger: string;
  notes: Note[];
  /** Where a later version of the original sends it differently, with the evidence. */
  versions: { [V in LaterVersion]?: { facts: VersionFact[] } };
}

export type AnyWebhook = WebhookDefinition<string, z.ZodType>;

export const defineWebhook = <const Name extends string, D extends z.ZodType>(
  config: Omit<WebhookDefinition<Name, D>, 'notes' | 'versions'> &
    Partial<Pick<WebhookDefinition<Name, D>, 'notes' | 'versions'>>,
): WebhookDefinition<Name, D> => ({ notes: [], versions: {}, ...config });
