import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { shiftDatetime } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { UNKNOWN_ID } from '../negative/fixture-args.js';
import { getUser } from '../scenarios/users.js';
import { expectListed, expectNotListed, idsOf } from '../shared/lists.js';

/** A new user who has just sent a message, which makes a user online. */
const justWrote = async (t: CheckContext) => {
  const { marker: m } = await t.base();
  const user = await t.user({ first_name: 'Online', last_name: m });
  await t.message(await t.conversation({ user_id: user, title: `Online ${m}` }), user, `Here ${m}`);
  return user;
};

/**
 * The user arguments no scenario observed: each is given a value, and a read shows it had its
 * effect (a server that ignored the argument answers otherwise).
 */
export const userEffectChecks: Check[] = [
  defineCheck({
    id: 'scenarios/effect/user-fields',
    title: "add-user's department and update-user's names, picture, type, department and details show in get-user",
    area: 'scenarios',
    methods: ['add-user', 'update-user', 'get-user', 'get-user-extra'],
    observes: {
      'add-user': ['profile_image', 'department'],
      'update-user': ['last_name', 'profile_image', 'user_type', 'department', 'extra'],
      'get-user-extra': ['user_id'],
    },
    async run(t) {
      const { marker: m } = await t.base();
      const id = await t.user({
        first_name: 'Field',
        last_name: `Before-${m}`,
        email: `${m}.field@example.com`,
        profile_image: 'https://example.com/before.png',
        user_type: 'user',
        department: 2,
        extra: { city: ['Lyon', 'City'] },
      });
      const other = await t.user({ first_name: 'Other', last_name: m, extra: { city: ['Oslo', 'City'] } });
      const created = await getUser(t, id, 'add-user created');
      t.equal(
        'add-user',
        '$.response (get-user)',
        { profile_image: created.profile_image, department: created.department },
        { profile_image: 'https://example.com/before.png', department: '2' },
      );
      // Every field given: version 3.3's update-user replaces the whole user. An agent, not an admin:
      // the suite creates no user whose token opens the API.
      await t.ok('update-user', {
        user_id: id,
        first_name: 'Field',
        last_name: `After-${m}`,
        email: `${m}.field@example.com`,
        profile_image: 'https://example.com/after.png',
        user_type: 'agent',
        department: 3,
        extra: { city: ['Paris', 'City'] },
      });
      const user = await getUser(t, id, 'update-user changed');
      const read = { last_name: user.last_name, profile_image: user.profile_image, user_type: user.user_type };
      const given = { last_name: `After-${m}`, profile_image: 'https://example.com/after.png', user_type: 'agent' };
      t.equal(
        'update-user',
        '$.response (get-user)',
        read,
        given,
        'update-user answered true: each given field must show.',
      );
      t.equal('update-user', '$.response.department (get-user)', user.department, '3');
      const city = async (userId: number) =>
        (await t.ok('get-user-extra', { user_id: userId })).find((detail) => detail.slug === 'city')?.value;
      t.equal('update-user', '$.response[slug=city].value (get-user-extra)', await city(id), 'Paris');
      t.equal('get-user-extra', '$.response[slug=city].value (the other user)', await city(other), 'Oslo');
    },
  }),
  defineCheck({
    id: 'scenarios/effect/get-users-user-types',
    title: 'get-users with user_types lists only users of those types',
    area: 'scenarios',
    methods: ['get-users', 'add-user'],
    observes: { 'get-users': ['user_types'] },
    async run(t) {
      const { marker: m } = await t.base();
      const tag = `Types-${m}`;
      const lead = await t.user({ first_name: 'Lead', last_name: tag, user_type: 'lead' });
      const user = await t.user({ first_name: 'User', last_name: tag, email: `${m}.types@example.com` });
      const listed = async (type: 'lead' | 'user') =>
        idsOf(await t.ok('get-users', { search: tag, user_types: [type] })).sort();
      t.equal('get-users', '$.response[*].id (user_types ["lead"])', await listed('lead'), [String(lead)]);
      t.equal('get-users', '$.response[*].id (user_types ["user"])', await listed('user'), [String(user)]);
    },
  }),
  // Full, not core (tagged slow): it waits a second, so that the two users' creation times differ
  // (ties come in any order).
  defineCheck({
    id: 'scenarios/effect/get-new-users-newest-first',
    title: 'get-new-users lists a user created a second after another before it',
    area: 'scenarios',
    methods: ['get-new-users', 'add-user', 'get-user'],
    level: 'full',
    tags: ['datetime', 'sorting', 'slow'],
    async run(t) {
      const { marker: m } = await t.base();
      const older = await t.user({ first_name: 'Older', last_name: m });
      const since = shiftDatetime((await getUser(t, older, 'add-user created')).creation_time, -1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const newer = await t.user({ first_name: 'Newer', last_name: m });
      const order = idsOf(await t.ok('get-new-users', { datetime: since })).filter((id) =>
        [String(older), String(newer)].includes(id),
      );
      t.equal('get-new-users', '$.response[*].id', order, [String(newer), String(older)], 'Newest first.');
    },
  }),
  defineCheck({
    id: 'scenarios/effect/is-online',
    title: 'A user who just sent a message is online, and is-online says so of that user only',
    area: 'scenarios',
    methods: ['is-online', 'send-message'],
    observes: { 'is-online': ['user_id'] },
    facts: ['is-online-boolean'],
    async run(t) {
      const user = await justWrote(t);
      const online = await t.ok('is-online', { user_id: user });
      t.equal('is-online', '$.response (the user who just wrote)', online, t.expected('is-online', 'online'));
      const unknown = await t.ok('is-online', { user_id: UNKNOWN_ID });
      t.equal('is-online', '$.response (an unknown user)', unknown, t.expected('is-online', 'offline'));
    },
  }),
  defineCheck({
    id: 'scenarios/effect/get-online-users-exclude',
    title: 'get-online-users lists a user who just sent a message, unless exclude_id names it',
    area: 'scenarios',
    methods: ['get-online-users', 'send-message'],
    observes: { 'get-online-users': ['exclude_id'] },
    failsOnOriginal:
      'get-online-users lists the user exclude_id gives (`exclude_id=11` answers user 11 among the online users): 3.3.6 excludes nobody',
    async run(t) {
      const { customer } = await t.base();
      const user = await justWrote(t);
      // One ID, not a JSON array: the original (3.1 on) reads a single ID only.
      const online = (exclude: number) => t.ok('get-online-users', {}, { set: { exclude_id: String(exclude) } });
      expectListed(t, 'get-online-users', await online(customer.id), user, 'the user who just wrote');
      expectNotListed(t, 'get-online-users', await online(user), user, 'the user exclude_id names');
    },
  }),
  defineCheck({
    id: 'scenarios/effect/current-url',
    title: "current-url stores the URL of the user given, and reads back that user's",
    area: 'scenarios',
    methods: ['current-url'],
    observes: { 'current-url': ['user_id', 'url'] },
    async run(t) {
      const { marker: m } = await t.base();
      const [first, second] = [await t.user({ last_name: `Url-${m}` }), await t.user({ last_name: `Url-${m}` })];
      const url = (id: number) => `https://example.com/${m}/page-${id}`;
      await t.ok('current-url', { user_id: first, url: url(first) });
      await t.ok('current-url', { user_id: second, url: url(second) });
      t.equal('current-url', '$.response (the first user)', await t.ok('current-url', { user_id: first }), url(first));
      t.equal(
        'current-url',
        '$.response (the second user)',
        await t.ok('current-url', { user_id: second }),
        url(second),
      );
    },
  }),
];
