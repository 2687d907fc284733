import type { Breakage } from './broken-target.js';

/**
 * One plausible way a server differs: one method's answers changed as a real server might change
 * them (a key renamed, a number sent as a string, a key left out or added, an error reworded).
 */
export interface Mutation {
  /** The method whose answers change. */
  method: string;
  /** What changes, in a few words. */
  change: string;
  breakage: Breakage;
  /** Why no check fails: the contract allows the change (absent: a check calling the method must fail). */
  allowed?: string;
}

type Json = Record<string, unknown>;
type Edit = (response: unknown) => unknown;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies `edit` to the object at `path` of the response (the response itself for `[]`). */
const inObject =
  (path: string[], edit: (object: Json) => Json): Edit =>
  (response) => {
    if (path.length === 0) return isRecord(response) ? edit(response) : response;
    const [head, ...rest] = path as [string, ...string[]];
    if (!isRecord(response) || !isRecord(response[head])) return response;
    return { ...response, [head]: inObject(rest, edit)(response[head]) };
  };

const renamed = (from: string, to: string) => (object: Json) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key === from ? to : key, value]));
const without = (key: string) => (object: Json) =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const withExtra = (object: Json) => ({ ...object, vendor_extension: 'x' });
const asString = (key: string) => (object: Json) =>
  typeof object[key] === 'number' ? { ...object, [key]: String(object[key]) } : object;

/** A breakage changing the successful answers of `method` by `edit`. */
const successes = (method: string, edit: Edit): Breakage => ({
  answer: ({ fields, body }) =>
    fields.function === method && body?.success === true ? { ...body, response: edit(body.response) } : undefined,
});

/** A breakage prefixing the message of every error `method` answers. */
const reworded = (method: string): Breakage => ({
  answer: ({ fields, body }) =>
    fields.function === method && body?.status === 'error' && typeof body.message === 'string'
      ? { ...body, message: `Error: ${body.message}` }
      : undefined,
});

const mutation = (method: string, change: string, breakage: Breakage, allowed?: string): Mutation => ({
  method,
  change,
  breakage,
  ...(allowed ? { allowed } : {}),
});

const EXTRA_KEYS = 'answers may carry keys the contract does not list (later versions add some)';

/** The mutations of the blast-radius test: the set-up methods in every way that applies, and a few others. */
export const mutations: Mutation[] = [
  mutation(
    'add-user',
    'the new ID as a string ("35")',
    successes('add-user', (id) => (typeof id === 'number' ? String(id) : id)),
  ),
  mutation(
    'add-user',
    'the new ID in an object ({"id":35})',
    successes('add-user', (id) => ({ id })),
  ),
  mutation(
    'add-user',
    'no ID at all (true)',
    successes('add-user', () => true),
  ),
  mutation('add-user', 'error messages reworded', reworded('add-user')),
  mutation(
    'new-conversation',
    'details.id renamed to conversation_id',
    successes('new-conversation', inObject(['details'], renamed('id', 'conversation_id'))),
  ),
  mutation(
    'new-conversation',
    'the creation time renamed to created',
    successes(
      'new-conversation',
      inObject(['details'], (details) => renamed('conversation_time', 'created')(without('creation_time')(details))),
    ),
  ),
  mutation(
    'new-conversation',
    'details.title left out',
    successes('new-conversation', inObject(['details'], without('title'))),
  ),
  mutation(
    'new-conversation',
    'details.id left out',
    successes('new-conversation', inObject(['details'], without('id'))),
  ),
  mutation(
    'new-conversation',
    'an extra key in details',
    successes('new-conversation', inObject(['details'], withExtra)),
    EXTRA_KEYS,
  ),
  mutation('new-conversation', 'error messages reworded', reworded('new-conversation')),
  mutation(
    'send-message',
    'message-id renamed to message_id',
    successes('send-message', inObject([], renamed('message-id', 'message_id'))),
  ),
  mutation('send-message', 'message-id as a string', successes('send-message', inObject([], asString('message-id')))),
  mutation('send-message', 'message-id left out', successes('send-message', inObject([], without('message-id')))),
  mutation('send-message', 'an extra key', successes('send-message', inObject([], withExtra)), EXTRA_KEYS),
  mutation('send-message', 'error messages reworded', reworded('send-message')),
  mutation(
    'update-user',
    '"true" as a string',
    successes('update-user', (value) => (value === true ? 'true' : value)),
  ),
  mutation('update-user', 'error messages reworded', reworded('update-user')),
  mutation('get-user', 'last_activity left out', successes('get-user', inObject([], without('last_activity')))),
  mutation('get-user', 'an extra key', successes('get-user', inObject([], withExtra)), EXTRA_KEYS),
  mutation(
    'get-conversation',
    'details.title renamed to subject',
    successes('get-conversation', inObject(['details'], renamed('title', 'subject'))),
  ),
  mutation(
    'count-users',
    'the counts as numbers',
    successes('count-users', (counts) =>
      isRecord(counts) ? Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])) : counts,
    ),
  ),
];
