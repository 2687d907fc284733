import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { shiftDatetime, show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { getConversation } from '../shared/conversations.js';
import { expectListed, expectNotListed } from '../shared/lists.js';
import { getUser } from './users.js';

/** A new user with a conversation holding one message; answers their IDs and the message's time. */
const talkingUser = async (t: CheckContext, name: string) => {
  const { marker } = await t.base();
  const user = await t.user({ first_name: name, last_name: marker });
  const conversation = await t.conversation({ user_id: user, title: `${name} ${marker}`, status_code: 0 });
  await t.message(conversation, user, `${name} writes ${marker}`, 0);
  const found = await getConversation(t, conversation, 'new-conversation created');
  return { user, conversation, time: found.messages[0]?.creation_time ?? '' };
};

export const datetimeScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/get-new-users',
    title: 'get-new-users lists the users created after the time (strictly), a date alone meaning its midnight',
    area: 'scenarios',
    observes: { 'get-new-users': ['datetime'] },
    methods: ['get-new-users', 'add-user', 'get-user'],
    tags: ['datetime'],
    async run(t) {
      const { marker } = await t.base();
      const id = await t.user({ first_name: 'Newcomer', last_name: marker });
      const time = (await getUser(t, id, 'add-user created')).creation_time;
      expectListed(
        t,
        'get-new-users',
        await t.ok('get-new-users', { datetime: shiftDatetime(time, -1) }),
        id,
        'a user created one second after the time',
      );
      expectNotListed(
        t,
        'get-new-users',
        await t.ok('get-new-users', { datetime: time }),
        id,
        'a user created at the time itself',
      );
      expectListed(
        t,
        'get-new-users',
        await t.ok('get-new-users', { datetime: time.slice(0, 10) }),
        id,
        'a user created on the day of a date-only time',
      );
      expectNotListed(
        t,
        'get-new-users',
        await t.ok('get-new-users', { datetime: shiftDatetime(time, 86_400) }),
        id,
        'a user created before the time',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/get-new-users-order',
    title: 'get-new-users answers the newest first, bots excluded',
    area: 'scenarios',
    methods: ['get-new-users'],
    notes: ['get-new-users-selection'],
    tags: ['datetime', 'sorting'],
    async run(t) {
      const { before } = await t.base();
      const rows = await t.ok('get-new-users', { datetime: before });
      const times = rows.map((row) => row.creation_time);
      const sorted = [...times].sort().reverse();
      t.equal('get-new-users', '$.response[*].creation_time', times, sorted, 'Ordered by creation_time, newest first.');
      const bots = rows.filter((row) => row.user_type === 'bot');
      t.check(bots.length === 0, {
        method: 'get-new-users',
        path: '$.response[*].user_type',
        expected: 'no bots',
        received: show(bots),
      });
    },
  }),
  defineCheck({
    id: 'scenarios/get-new-conversations',
    title: 'get-new-conversations lists the conversations with a message after the time',
    area: 'scenarios',
    observes: { 'get-new-conversations': ['datetime'] },
    methods: ['get-new-conversations', 'send-message'],
    tags: ['datetime'],
    async run(t) {
      const { conversation, time } = await talkingUser(t, 'Recent');
      const rows = await t.ok('get-new-conversations', { datetime: shiftDatetime(time, -1) });
      expectListed(
        t,
        'get-new-conversations',
        rows,
        conversation,
        'a conversation with a message one second after the time',
        'conversation_id',
      );
      const later = await t.ok('get-new-conversations', { datetime: shiftDatetime(time, 86_400) });
      expectNotListed(
        t,
        'get-new-conversations',
        later,
        conversation,
        'a conversation whose messages are all older',
        'conversation_id',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/get-new-conversations-inbox-only',
    title: 'get-new-conversations leaves out archived conversations (3.3 lists them)',
    area: 'scenarios',
    methods: ['get-new-conversations', 'update-conversation-status'],
    notes: ['get-new-conversations-inbox-only'],
    facts: ['get-new-conversations-every-status'],
    tags: ['datetime', 'inbox'],
    async run(t) {
      const { conversation, time } = await talkingUser(t, 'Archived');
      await t.ok('update-conversation-status', { conversation_id: conversation, status_code: 3 });
      const rows = await t.ok('get-new-conversations', { datetime: shiftDatetime(time, -1) });
      if (t.fact('get-new-conversations-every-status')) {
        expectListed(t, 'get-new-conversations', rows, conversation, 'an archived conversation', 'conversation_id');
      } else {
        expectNotListed(t, 'get-new-conversations', rows, conversation, 'an archived conversation', 'conversation_id');
      }
    },
  }),
  defineCheck({
    id: 'scenarios/get-new-user-conversations',
    title: "get-new-user-conversations lists the user's conversations with a message after the time, and no one else's",
    area: 'scenarios',
    observes: { 'get-new-user-conversations': ['user_id', 'datetime'] },
    methods: ['get-new-user-conversations'],
    tags: ['datetime'],
    async run(t) {
      const mine = await talkingUser(t, 'Mine');
      const other = await talkingUser(t, 'Other');
      const rows = await t.ok('get-new-user-conversations', {
        user_id: mine.user,
        datetime: shiftDatetime(mine.time, -1),
      });
      expectListed(
        t,
        'get-new-user-conversations',
        rows,
        mine.conversation,
        "the user's conversation",
        'conversation_id',
      );
      expectNotListed(
        t,
        'get-new-user-conversations',
        rows,
        other.conversation,
        "another user's conversation",
        'conversation_id',
      );
      const later = await t.ok('get-new-user-conversations', {
        user_id: mine.user,
        datetime: shiftDatetime(mine.time, 86_400),
      });
      t.equal('get-new-user-conversations', '$.response', later, []);
    },
  }),
];
