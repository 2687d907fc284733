import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { expectListed } from '../shared/lists.js';

type Counts = { all: string; lead: string; user: string; visitor: string };

/** The user as get-user answers it; ends the check when it is not found. */
export const getUser = async (t: CheckContext, id: number, after: string) => {
  const user = await t.ok('get-user', { user_id: id, extra: true });
  if (user === false) {
    t.stop({
      method: 'get-user',
      path: '$.response',
      expected: `the user ${after} (ID ${id})`,
      received: 'false (not found)',
      hint: `get-user does not find the user ${after}: the write was lost, or answered with a wrong ID.`,
    });
  }
  return user;
};

const expectCounts = (t: CheckContext, before: Counts, after: Counts, change: Partial<Counts>, why: string) => {
  for (const key of ['all', 'lead', 'user', 'visitor'] as const) {
    const delta = Number(change[key] ?? 0);
    t.equal('count-users', `$.response.${key}`, after[key], String(Number(before[key]) + delta), why);
  }
};

export const userScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/user-lifecycle',
    title: 'A user added, read, updated, found, made a lead and deleted, with counts following',
    area: 'scenarios',
    observes: {
      'add-user': ['first_name', 'last_name', 'email', 'extra'],
      'get-user': ['user_id', 'extra'],
      'update-user': ['user_id', 'first_name', 'email'],
      'search-users': ['search'],
      'get-users': ['search'],
      'update-user-to-lead': ['user_id'],
      'delete-user': ['user_id'],
    },
    methods: [
      'add-user',
      'get-user',
      'update-user',
      'search-users',
      'get-users',
      'count-users',
      'update-user-to-lead',
      'delete-user',
    ],
    tags: ['lifecycle'],
    async run(t) {
      const { marker: m } = await t.base();
      const last = `Lovelace-${m}`;
      const counts = await t.ok('count-users');
      const phone = t.fixtures.phone();
      const id = await t.user({
        first_name: 'Ada',
        last_name: last,
        email: `${m}.ada@example.com`,
        extra: { phone: [phone, 'Phone'] },
      });
      expectCounts(
        t,
        counts,
        await t.ok('count-users'),
        { all: '1', user: '1' },
        'add-user with an email adds a user of type `user`',
      );
      let user = await getUser(t, id, 'add-user created');
      t.equal('get-user', '$.response.id', user.id, String(id), 'IDs read from the database travel as strings.');
      t.equal('get-user', '$.response.first_name', user.first_name, 'Ada');
      t.equal('get-user', '$.response.last_name', user.last_name, last);
      t.equal('get-user', '$.response.email', user.email, `${m}.ada@example.com`);
      t.equal(
        'get-user',
        '$.response.user_type',
        user.user_type,
        'user',
        'Without user_type, a user with an email is a `user`.',
      );
      const detail = user.details?.find((row) => row.slug === 'phone');
      t.equal('get-user', '$.response.details[slug=phone].value', detail?.value, phone);

      await t.ok('update-user', {
        user_id: id,
        first_name: 'Augusta',
        last_name: last,
        email: `${m}.augusta@example.com`,
      });
      user = await getUser(t, id, 'update-user changed');
      t.equal(
        'get-user',
        '$.response.first_name',
        user.first_name,
        'Augusta',
        'update-user answered true: the change must show.',
      );
      t.equal('get-user', '$.response.email', user.email, `${m}.augusta@example.com`);

      expectListed(
        t,
        'search-users',
        await t.ok('search-users', { search: last }),
        id,
        'the user whose last name is the search',
      );
      const listed = await t.ok('get-users', { search: last });
      expectListed(t, 'get-users', listed, id, 'the user matching the search');
      t.check(
        listed.every((row) => `${row.first_name} ${row.last_name} ${row.email}`.includes(last)),
        {
          method: 'get-users',
          path: '$.response[*]',
          expected: `only users matching "${last}"`,
          received: `${listed.length} users, some not matching`,
        },
      );

      await t.ok('update-user-to-lead', { user_id: id });
      user = await getUser(t, id, 'update-user-to-lead changed');
      t.equal('get-user', '$.response.user_type', user.user_type, 'lead');

      await t.ok('delete-user', { user_id: id });
      t.equal(
        'get-user',
        '$.response',
        await t.ok('get-user', { user_id: id }),
        false,
        'delete-user answered true: the user must be gone.',
      );
      expectCounts(
        t,
        counts,
        await t.ok('count-users'),
        {},
        'the user added and deleted leaves the counts as they were',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/count-users',
    title: 'count-users counts visitors, leads and users by type, and agents in `all` only',
    area: 'scenarios',
    observes: { 'add-user': ['user_type'], 'delete-users': ['user_ids'] },
    methods: ['count-users', 'add-user', 'delete-users'],
    notes: ['count-users-all'],
    async run(t) {
      const { marker: m } = await t.base();
      const before = await t.ok('count-users');
      const ids = [
        await t.user({ last_name: `Count-${m}` }),
        await t.user({ last_name: `Count-${m}`, user_type: 'lead' }),
        await t.user({ last_name: `Count-${m}`, email: `${m}.count@example.com` }),
        await t.user({ last_name: `Count-${m}`, user_type: 'agent' }),
      ];
      expectCounts(
        t,
        before,
        await t.ok('count-users'),
        { all: '4', visitor: '1', lead: '1', user: '1' },
        'a visitor, a lead, a user and an agent were added; `all` counts agents too',
      );
      await t.ok('delete-users', { user_ids: ids });
      expectCounts(t, before, await t.ok('count-users'), {}, 'delete-users removed the four users');
    },
  }),
  defineCheck({
    id: 'scenarios/update-user-email-null',
    title: 'update-user with email NULL deletes the email, as documented',
    area: 'scenarios',
    observes: { 'update-user': ['email'] },
    methods: ['update-user', 'get-user'],
    notes: ['update-user-email-null'],
    failsOnOriginal:
      'update-user stores the text "NULL": get-user then answers `"email":"NULL"`, so the documented way to delete an email does not work',
    async run(t) {
      const { marker: m } = await t.base();
      const id = await t.user({ first_name: 'Mail', last_name: m, email: `${m}.mail@example.com` });
      await t.ok('update-user', { user_id: id, first_name: 'Mail', last_name: m, email: 'NULL' });
      const user = await getUser(t, id, 'update-user changed');
      t.equal(
        'get-user',
        '$.response.email',
        user.email,
        null,
        'The documentation: "Insert NULL to delete the email."',
      );
    },
  }),
];
