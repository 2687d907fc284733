import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { idsOf } from '../shared/lists.js';

export const listScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/pagination-users',
    title: 'get-users pages hold 100 users, pagination 0 is the first page, and pages do not overlap',
    area: 'scenarios',
    methods: ['get-users', 'add-user'],
    notes: ['pagination-zero-based'],
    tags: ['pagination'],
    async run(t) {
      const { marker } = await t.base();
      const tag = `Page-${marker}`;
      const created: string[] = [];
      for (let i = 0; i < 101; i++) {
        created.push(String(await t.user({ first_name: `P${String(i).padStart(3, '0')}`, last_name: tag })));
      }
      // Sorted on a column whose values differ, so that the pages are the same whatever the ties.
      const query = { search: tag, sorting: ['first_name', 'ASC'] as ['first_name', 'ASC'] };
      const page0 = idsOf(await t.ok('get-users', { ...query, pagination: 0 }));
      const page1 = idsOf(await t.ok('get-users', { ...query, pagination: 1 }));
      const hint = 'Pages hold 100 results and count from 0, as the original does (LIMIT pagination*100, 100).';
      t.equal('get-users', '$.response.length (pagination 0)', page0.length, 100, hint);
      t.equal('get-users', '$.response.length (pagination 1)', page1.length, 1, hint);
      const overlap = page0.filter((id) => page1.includes(id));
      t.equal('get-users', '$.response[*].id (pagination 0 and 1 in common)', overlap, [], hint);
      t.equal(
        'get-users',
        '$.response[*].id (pagination 0 and 1 together)',
        [...page0, ...page1].sort(),
        [...created].sort(),
      );
      t.equal(
        'get-users',
        '$.response[*].id (no pagination)',
        idsOf(await t.ok('get-users', query)),
        page0,
        'Without pagination: the first page.',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/sorting-users',
    title: 'get-users sorts by the given column, ASC and DESC',
    area: 'scenarios',
    methods: ['get-users'],
    tags: ['sorting', 'original'],
    async run(t) {
      const { marker } = await t.base();
      const tag = `Sort-${marker}`;
      for (const name of ['Charlie', 'Alice', 'Bob']) await t.user({ first_name: name, last_name: tag });
      const names = async (order: 'ASC' | 'DESC') =>
        (await t.ok('get-users', { search: tag, sorting: ['first_name', order] })).map((row) => row.first_name);
      t.equal('get-users', '$.response[*].first_name (sorting first_name ASC)', await names('ASC'), [
        'Alice',
        'Bob',
        'Charlie',
      ]);
      t.equal('get-users', '$.response[*].first_name (sorting first_name DESC)', await names('DESC'), [
        'Charlie',
        'Bob',
        'Alice',
      ]);
    },
  }),
];
