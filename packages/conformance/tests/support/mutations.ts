import type { Breakage } from './broken-target.js';

/**
 * One behaviour broken on purpose, and the checks that must notice. Each is a small proxy rule over
 * a correct target: an argument ignored, an order reversed, a write acknowledged but not made, a
 * data answer that does not follow the data, one error code answered as another.
 */
export interface Mutation {
  group: 'users' | 'conversations' | 'more' | 'api';
  kind:
    | 'ignores an argument'
    | 'reverses an order'
    | 'acknowledges a write it does not make'
    | 'answers another error code'
    | 'answers the same whatever the data';
  what: string;
  breakage: Breakage;
  /** The checks that must fail on it (the run selects only these). */
  caughtBy: string[];
}

type Fields = Record<string, string>;

const calls = (fields: Fields, method: string) => fields.function === method;

/** The method's calls reach the target without `names` (and their aliases), as if it never read them. */
const ignore = (method: string, ...names: string[]): Breakage => ({
  request: (fields) =>
    calls(fields, method) && names.some((name) => name in fields)
      ? Object.fromEntries(Object.entries(fields).filter(([key]) => !names.includes(key)))
      : undefined,
});

/** The method's calls reach the target with `name` set to `value` whatever was sent. */
const pin = (method: string, name: string, value: (sent: string) => string): Breakage => ({
  request: (fields) =>
    calls(fields, method) && name in fields ? { ...fields, [name]: value(fields[name] ?? '') } : undefined,
});

/** The first value sent for `name` stands for every later one: the target answers the same whatever is asked. */
const firstOnly = (method: string, name: string): Breakage => {
  let first: string | undefined;
  return pin(method, name, (sent) => {
    first ??= sent;
    return first;
  });
};

const reverse = (method: string): Breakage => ({
  answer: ({ fields, body }) =>
    calls(fields, method) && Array.isArray(body?.response) && body.response.length > 1
      ? { ...body, response: [...body.response].reverse() }
      : undefined,
});

/** The method answers `response` as a success, and the target is asked a harmless read instead. */
const fake = (method: string, response: unknown): Breakage => ({
  request: (fields) => (calls(fields, method) ? { token: fields.token ?? '', function: 'count-users' } : undefined),
  answer: ({ fields }) => (calls(fields, method) ? { success: true, response } : undefined),
});

const swap = (method: string, from: string, to: string): Breakage => ({
  answer: ({ fields, body }) =>
    calls(fields, method) && body?.response === from ? { ...body, response: to } : undefined,
});

/** An empty list answered as the last non-empty one for the same `key`: the filter by the other arguments is ignored. */
const unfiltered = (method: string, key: string): Breakage => {
  const last = new Map<string, unknown>();
  return {
    answer: ({ fields, body }) => {
      if (!calls(fields, method) || !Array.isArray(body?.response)) return undefined;
      const at = fields[key] ?? '';
      if (body.response.length) return void last.set(at, body);
      return last.get(at);
    },
  };
};

export const mutations: Mutation[] = [
  // users
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-users ignores user_types',
    breakage: ignore('get-users', 'user_types'),
    caughtBy: ['scenarios/effect/get-users-user-types'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-users ignores search',
    breakage: ignore('get-users', 'search'),
    caughtBy: ['scenarios/user-lifecycle'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-users ignores sorting',
    breakage: ignore('get-users', 'sorting'),
    caughtBy: ['scenarios/sorting-users'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-new-users ignores datetime',
    breakage: pin('get-new-users', 'datetime', () => '2000-01-01'),
    caughtBy: ['scenarios/get-new-users'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'add-user ignores department',
    breakage: ignore('add-user', 'department'),
    caughtBy: ['scenarios/effect/user-fields'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'add-user ignores user_type',
    breakage: ignore('add-user', 'user_type'),
    caughtBy: ['scenarios/count-users'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'update-user ignores extra',
    breakage: ignore('update-user', 'extra'),
    caughtBy: ['scenarios/effect/user-fields'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-online-users ignores exclude_id',
    breakage: ignore('get-online-users', 'exclude_id'),
    caughtBy: ['scenarios/effect/get-online-users-exclude'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'current-url ignores url',
    breakage: ignore('current-url', 'url'),
    caughtBy: ['scenarios/effect/current-url'],
  },
  {
    group: 'users',
    kind: 'ignores an argument',
    what: 'get-user-extra answers the first user asked for whoever is asked',
    breakage: firstOnly('get-user-extra', 'user_id'),
    caughtBy: ['scenarios/effect/user-fields'],
  },
  {
    group: 'users',
    kind: 'reverses an order',
    what: 'get-new-users answers the oldest first',
    breakage: reverse('get-new-users'),
    caughtBy: ['scenarios/effect/get-new-users-newest-first'],
  },
  {
    group: 'users',
    kind: 'reverses an order',
    what: 'get-users answers its rows in reverse order',
    breakage: reverse('get-users'),
    caughtBy: ['scenarios/sorting-users'],
  },
  {
    group: 'users',
    kind: 'acknowledges a write it does not make',
    what: 'update-user',
    breakage: fake('update-user', true),
    caughtBy: ['scenarios/effect/user-fields'],
  },
  {
    group: 'users',
    kind: 'acknowledges a write it does not make',
    what: 'delete-users',
    breakage: fake('delete-users', true),
    caughtBy: ['scenarios/count-users'],
  },
  {
    group: 'users',
    kind: 'acknowledges a write it does not make',
    what: 'update-user-to-lead',
    breakage: fake('update-user-to-lead', true),
    caughtBy: ['scenarios/user-lifecycle'],
  },
  {
    group: 'users',
    kind: 'answers the same whatever the data',
    what: 'is-online answers online for every user',
    breakage: {
      answer: ({ fields }) => (calls(fields, 'is-online') ? { success: true, response: 'online' } : undefined),
    },
    caughtBy: ['scenarios/effect/is-online'],
  },
  {
    group: 'users',
    kind: 'answers another error code',
    what: 'add-user answers duplicate-email as invalid-user-type',
    breakage: swap('add-user', 'duplicate-email', 'invalid-user-type'),
    caughtBy: ['negative/error-code/add-user/duplicate-email'],
  },
  {
    group: 'users',
    kind: 'answers another error code',
    what: 'update-user answers duplicate-email as duplicate-phone',
    breakage: swap('update-user', 'duplicate-email', 'duplicate-phone'),
    caughtBy: ['negative/error-code/update-user/duplicate-email'],
  },
  // conversations
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'get-conversations ignores status_code',
    breakage: ignore('get-conversations', 'status_code'),
    caughtBy: ['scenarios/status-codes'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'get-user-conversations ignores exclude_id',
    breakage: ignore('get-user-conversations', 'exclude_id'),
    caughtBy: ['scenarios/effect/get-user-conversations-exclude'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'new-conversation ignores agent_id',
    breakage: ignore('new-conversation', 'agent_id'),
    caughtBy: ['scenarios/effect/new-conversation-fields'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'new-conversation ignores title',
    breakage: ignore('new-conversation', 'title'),
    caughtBy: ['scenarios/effect/new-conversation-fields'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'send-message ignores attachments',
    breakage: ignore('send-message', 'attachments'),
    caughtBy: ['scenarios/effect/message-fields'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'update-message ignores payload',
    breakage: ignore('update-message', 'payload'),
    caughtBy: ['scenarios/effect/message-fields'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'set-rating ignores message',
    breakage: ignore('set-rating', 'message'),
    caughtBy: ['scenarios/effect/message-fields'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'get-new-conversations ignores datetime',
    breakage: pin('get-new-conversations', 'datetime', () => '2000-01-01'),
    caughtBy: ['scenarios/get-new-conversations'],
  },
  {
    group: 'conversations',
    kind: 'ignores an argument',
    what: 'get-new-messages ignores user_id',
    breakage: unfiltered('get-new-messages', 'conversation_id'),
    caughtBy: ['scenarios/effect/get-new-messages-user-id'],
  },
  {
    group: 'conversations',
    kind: 'reverses an order',
    what: 'get-conversations lists the oldest first',
    breakage: reverse('get-conversations'),
    caughtBy: ['scenarios/sorting-conversations'],
  },
  {
    group: 'conversations',
    kind: 'acknowledges a write it does not make',
    what: 'update-message',
    breakage: fake('update-message', true),
    caughtBy: ['scenarios/conversation-lifecycle'],
  },
  {
    group: 'conversations',
    kind: 'acknowledges a write it does not make',
    what: 'delete-message',
    breakage: fake('delete-message', true),
    caughtBy: ['scenarios/conversation-lifecycle'],
  },
  {
    group: 'conversations',
    kind: 'acknowledges a write it does not make',
    what: 'update-conversation-department',
    breakage: fake('update-conversation-department', true),
    caughtBy: ['scenarios/departments'],
  },
  {
    group: 'conversations',
    kind: 'answers another error code',
    what: 'update-conversation-status answers invalid-status-code as invalid-argument',
    breakage: swap('update-conversation-status', 'invalid-status-code', 'invalid-argument'),
    caughtBy: ['negative/error-code/update-conversation-status/invalid-status-code'],
  },
  {
    group: 'conversations',
    kind: 'answers another error code',
    what: 'new-conversation answers user-not-found as conversation-not-found',
    breakage: swap('new-conversation', 'user-not-found', 'conversation-not-found'),
    caughtBy: ['negative/error-code/new-conversation/user-not-found'],
  },
  {
    group: 'conversations',
    kind: 'answers another error code',
    what: 'update-message answers missing-arguments as missing-argument',
    breakage: swap('update-message', 'missing-arguments', 'missing-argument'),
    caughtBy: ['negative/error-code/update-message/missing-arguments'],
  },
  // more
  {
    group: 'more',
    kind: 'ignores an argument',
    what: 'get-articles ignores count',
    breakage: ignore('get-articles', 'count'),
    caughtBy: ['scenarios/articles-roundtrip'],
  },
  {
    group: 'more',
    kind: 'ignores an argument',
    what: 'get-articles ignores id',
    breakage: ignore('get-articles', 'id'),
    caughtBy: ['scenarios/articles-roundtrip'],
  },
  {
    group: 'more',
    kind: 'ignores an argument',
    what: 'get-setting answers the first setting asked for whichever is asked',
    breakage: firstOnly('get-setting', 'setting'),
    caughtBy: ['scenarios/settings-consistency'],
  },
  {
    group: 'more',
    kind: 'acknowledges a write it does not make',
    what: 'save-articles',
    breakage: fake('save-articles', true),
    caughtBy: ['scenarios/articles-roundtrip'],
  },
  {
    group: 'more',
    kind: 'answers another error code',
    what: 'get-articles answers invalid-argument as db-error',
    breakage: swap('get-articles', 'invalid-argument', 'db-error'),
    caughtBy: ['negative/exact-code/invalid-argument'],
  },
  // every method
  {
    group: 'api',
    kind: 'answers another error code',
    what: 'get-settings answers invalid-token as token-not-found',
    breakage: swap('get-settings', 'invalid-token', 'token-not-found'),
    caughtBy: ['negative/exact-code/invalid-token'],
  },
];
