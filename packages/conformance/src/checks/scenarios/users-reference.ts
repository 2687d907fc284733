import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { expectListed } from '../shared/lists.js';
import { getUser } from './users.js';

/** The reference server's deliberate differences from the original in the user methods (level full). */
export const userReferenceScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/update-user-partial',
    title: 'update-user changes only the given fields',
    area: 'scenarios',
    observes: { 'update-user': ['first_name'] },
    methods: ['update-user', 'get-user'],
    notes: ['update-user-partial'],
    async run(t) {
      const { marker: m } = await t.base();
      const original = {
        first_name: 'Grace',
        last_name: `Hopper-${m}`,
        email: `${m}.grace@example.com`,
        profile_image: 'https://example.com/grace.png',
      };
      const id = await t.user({ ...original, user_type: 'lead', extra: { city: ['Arlington', 'City'] } });
      await t.ok('update-user', { user_id: id, first_name: 'Amazing' });
      const user = await getUser(t, id, 'update-user changed');
      t.equal('update-user', '$.response.first_name (get-user)', user.first_name, 'Amazing');
      for (const key of ['last_name', 'email', 'profile_image'] as const) {
        t.equal(
          'update-user',
          `$.response.${key} (get-user)`,
          user[key],
          original[key],
          'Fields update-user was not given must keep their values.',
        );
      }
      t.equal('update-user', '$.response.user_type (get-user)', user.user_type, 'lead');
      t.equal(
        'update-user',
        '$.response.details[slug=city].value (get-user)',
        user.details?.find((d) => d.slug === 'city')?.value,
        'Arlington',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/no-password-hashes',
    title: 'get-user and search-users never return password hashes',
    area: 'scenarios',
    methods: ['get-user', 'search-users'],
    notes: ['get-user-password', 'search-users-password'],
    tags: ['security'],
    async run(t) {
      const { marker: m } = await t.base();
      const id = await t.user({ first_name: 'Secret', last_name: `Keeper-${m}`, password: 'correct horse battery' });
      const user = await getUser(t, id, 'add-user created');
      t.check(!user.password, {
        method: 'get-user',
        path: '$.response.password',
        expected: 'absent (or "")',
        received: show(user.password),
      });
      const found = (await t.ok('search-users', { search: `Keeper-${m}` })) as Record<string, unknown>[];
      // Without the user in the answer, there would be no row to look at: the check would pass untested.
      expectListed(t, 'search-users', found, id, 'the user with a password, found by last name');
      for (const [index, row] of found.entries()) {
        t.check(!row.password, {
          method: 'search-users',
          path: `$.response[${index}].password`,
          expected: 'absent (or "")',
          received: show(row.password),
        });
      }
    },
  }),
  defineCheck({
    id: 'scenarios/update-user-to-lead-agent',
    title: 'update-user-to-lead leaves an agent an agent',
    area: 'scenarios',
    observes: { 'update-user-to-lead': ['user_id'] },
    methods: ['update-user-to-lead', 'get-user'],
    notes: ['update-user-to-lead-agents'],
    async run(t) {
      const { marker: m } = await t.base();
      const id = await t.user({ first_name: 'Agent', last_name: m, user_type: 'agent' });
      await t.ok('update-user-to-lead', { user_id: id });
      t.equal(
        'update-user-to-lead',
        '$.response.user_type (get-user)',
        (await getUser(t, id, 'update-user-to-lead kept')).user_type,
        'agent',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/get-users-search-no-match',
    title: 'get-users with a search that matches nobody answers []',
    area: 'scenarios',
    observes: { 'get-users': ['search'] },
    methods: ['get-users'],
    notes: ['get-users-search-no-match'],
    tags: ['search'],
    async run(t) {
      const { marker: m } = await t.base();
      t.equal('get-users', '$.response', await t.ok('get-users', { search: `${m}-nobody` }), []);
    },
  }),
];
