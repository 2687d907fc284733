import {
  type AnyArg,
  type AnyMethod,
  apiVersions,
  type MethodName,
  methodList,
  methodVersion,
} from '@support-board/contract';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { destructiveReason } from '../integrations/index.js';
import { expectUnchanged, snapshot } from '../shared/state.js';
import { expectAnyFailure, fixtureArgs } from './fixture-args.js';

/** A malformed value for each kind of argument the check covers. */
const BAD: Partial<Record<AnyArg['spec']['kind'], { value: string; what: string }>> = {
  id: { value: 'abc', what: 'letters for an ID' },
  integer: { value: 'abc', what: 'letters for an integer' },
  json: { value: '{"broken": [1,', what: 'text that is not JSON' },
  datetime: { value: 'not a date', what: 'text that is not a date' },
};

/** Where a malformed value is a known, deliberate difference from the original. */
const NOTES: Record<string, string[]> = {
  'get-user-extra.user_id': ['get-user-extra-unknown-user'],
  'update-conversation-department.department': ['update-conversation-department-errors-swallowed'],
};
/** The original answers success (`false`) here: an error is what the reference server does. */
const REFERENCE = new Set(['get-user.user_id']);

const ACCEPTED = 'accepts it: answers a success, as if the value were valid';
const FATAL = 'answers HTTP 500 with an empty body (a PHP fatal error)';
const LEAK_WHERE =
  "answers `db-error` with the MySQL text (`Unknown column 'abc' in 'WHERE'`): the value went into SQL";
const LEAK_VALUES =
  "answers `db-error` with the MySQL text (`Unknown column 'abc' in 'VALUES'`): the value went into SQL";

/**
 * What the original (3.3.6) answered to the malformed value, where that fails the check: these
 * checks are tagged `hardening`. Calibrated on the original; a check not listed passes on it.
 */
const ON_ORIGINAL: Record<string, string> = {
  'get-users.sorting': ACCEPTED,
  'get-users.user_types': ACCEPTED,
  'get-users.pagination': ACCEPTED,
  'get-new-users.datetime': ACCEPTED,
  'get-online-users.exclude_id': ACCEPTED,
  'add-user.department': LEAK_VALUES,
  'add-user.extra': ACCEPTED,
  'update-user.user_id': FATAL,
  'update-user.department':
    'answers a success carrying the MySQL error (`{"success":true,"response":{"error":{"message":"Unknown column \'abc\' in \'SET\'",...}}}`)',
  'update-user.extra': ACCEPTED,
  'delete-user.user_id': LEAK_WHERE,
  'delete-users.user_ids': FATAL,
  'is-online.user_id': FATAL,
  'current-url.user_id': ACCEPTED,
  'update-user-to-lead.user_id': LEAK_WHERE,
  'get-conversation.user_id': ACCEPTED,
  'get-conversation.conversation_id': LEAK_WHERE,
  'get-conversations.pagination': ACCEPTED,
  'get-conversations.status_code': LEAK_WHERE,
  'get-new-conversations.datetime': ACCEPTED,
  'get-user-conversations.user_id': LEAK_WHERE,
  'get-user-conversations.exclude_id': LEAK_WHERE,
  'get-new-user-conversations.user_id': LEAK_WHERE,
  'get-new-user-conversations.datetime': ACCEPTED,
  'search-user-conversations.user_id': LEAK_WHERE,
  'new-conversation.user_id': FATAL,
  'new-conversation.department': LEAK_VALUES,
  'new-conversation.agent_id': LEAK_VALUES,
  'update-conversation-status.conversation_id': LEAK_WHERE,
  'update-conversation-department.conversation_id': ACCEPTED,
  'set-rating.payload': ACCEPTED,
  'set-rating.message_id': ACCEPTED,
  'set-rating.user_id': ACCEPTED,
  'get-rating.user_id': ACCEPTED,
  'get-new-messages.user_id': LEAK_WHERE,
  'get-new-messages.conversation_id': LEAK_WHERE,
  'get-new-messages.datetime': ACCEPTED,
  'send-message.conversation_id': FATAL,
  'send-message.attachments': ACCEPTED,
  'send-message.conversation_status': ACCEPTED,
  'send-message.payload': ACCEPTED,
  'send-bot-message.conversation_id': FATAL,
  'send-bot-message.attachments': FATAL,
  'update-message.user_id': ACCEPTED,
  'update-message.message_id': LEAK_WHERE,
  'update-message.attachments': ACCEPTED,
  'update-message.payload': ACCEPTED,
  'delete-message.user_id': ACCEPTED,
  'delete-message.message_id': LEAK_WHERE,
  'send-email.attachments': ACCEPTED,
  'push-notification.conversation_id': ACCEPTED,
  'get-articles.count': ACCEPTED,
  'save-articles.articles': ACCEPTED,
  'csv-conversations.conversation_id': FATAL,
  'dialogflow-intent.expressions': FATAL,
  'is-agent-typing.conversation_id': LEAK_WHERE,
};

const check = (method: AnyMethod, name: string, arg: AnyArg) => {
  const bad = BAD[arg.spec.kind];
  if (!bad) return [];
  const key = `${method.name}.${name}`;
  // A version that does not read the argument (3.3's get-conversation user_id) has nothing to refuse.
  const reading = apiVersions.filter((version) => !methodVersion(method, version)?.ignored?.includes(name));
  return [
    defineCheck({
      id: `negative/wrong-type/${method.name}/${name}`,
      title: `${method.name} with ${bad.what} in ${name} answers an error and changes nothing`,
      area: 'negative',
      methods: [method.name],
      notes: NOTES[key] ?? [],
      ...(reading.length < apiVersions.length ? { versions: reading } : {}),
      ...(ON_ORIGINAL[key] ? { hardening: ON_ORIGINAL[key] } : {}),
      tags: [
        'wrong-type',
        ...(REFERENCE.has(key) ? ['reference'] : []),
        // The argument's own note says the original reads it differently from the documentation.
        ...(arg.spec.originalBehaviour ? ['original'] : []),
      ],
      async run(t) {
        const args = await fixtureArgs(t, method);
        const before = method.writes ? await snapshot(t) : undefined;
        const answer = await t.answer(method.name as MethodName, args as never, {
          set: Object.fromEntries([name, ...arg.spec.aliases].map((field) => [field, bad.value])),
        });
        t.fixtures.trackCreated(method.name, answer);
        expectAnyFailure(t, method.name, answer, `${name} holds ${bad.what}`);
        if (before) await expectUnchanged(t, method.name, before);
      },
    }),
  ];
};

/** Every ID, integer, date and JSON argument of every method, sent malformed. */
export const wrongTypeChecks: Check[] = methodList
  .filter((method) => !destructiveReason(method.name))
  .flatMap((method) =>
    Object.entries((method as AnyMethod).args).flatMap(([name, arg]) => check(method as AnyMethod, name, arg)),
  );
