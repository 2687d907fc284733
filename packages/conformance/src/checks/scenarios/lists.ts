import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { shiftDatetime, show, sleep } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { getConversation } from '../shared/conversations.js';
import { idsOf, MAX_PAGES } from '../shared/lists.js';

type Row = Record<string, unknown>;

const PAGE_HINT = 'Pages hold 100 results and count from 0, as the original does (LIMIT pagination*100, 100).';

/** IDs listed more than once. */
const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/**
 * Records a finding for the first pair of neighbours out of order in `rows` (`before(a, b)` false:
 * b should come first). `what` says the expected order.
 */
const expectOrdered = (
  t: CheckContext,
  method: string,
  query: string,
  rows: Row[],
  before: (a: Row, b: Row) => boolean,
  describe: (row: Row) => string,
  what: string,
) => {
  const at = rows.findIndex((row, index) => index > 0 && !before(rows[index - 1]!, row));
  t.check(at < 0, {
    method,
    path: `$.response[${at - 1}], $.response[${at}] (${query})`,
    expected: what,
    received: `${describe(rows[at - 1] ?? {})}, then ${describe(rows[at] ?? {})}`,
  });
};

/** The conversations in `rows` among `wanted`, in the order listed. */
const orderOf = (rows: Row[], wanted: Record<string, number>) => {
  const names = Object.fromEntries(Object.entries(wanted).map(([name, id]) => [String(id), name]));
  return rows.flatMap((row) => names[String(row.conversation_id)] ?? []);
};

/** A new conversation of `user` with one message, then given `status`; answers its ID. */
const talk = async (t: CheckContext, user: number, title: string, status: number) => {
  const id = await t.conversation({ user_id: user, title, status_code: 0 });
  // Status 0 given: version 3.3 would otherwise set it from the sender.
  await t.message(id, user, title, 0);
  if (status !== 0) await t.ok('update-conversation-status', { conversation_id: id, status_code: status });
  return id;
};

/** The time of the last message of a conversation, as get-conversation answers it. */
const lastMessageTime = async (t: CheckContext, id: number) => {
  const found = await getConversation(t, id, 'the check created');
  return String(found.messages.at(-1)?.creation_time ?? '');
};

const statusThenTime = (a: Row, b: Row) =>
  Number(a.conversation_status_code) > Number(b.conversation_status_code) ||
  (Number(a.conversation_status_code) === Number(b.conversation_status_code) &&
    String(a.creation_time) >= String(b.creation_time));

const newestFirst = (a: Row, b: Row) => String(a.creation_time) >= String(b.creation_time);

const describeSummary = (row: Row) =>
  `conversation ${show(row.conversation_id)} (status ${show(row.conversation_status_code)}, last message ${show(row.creation_time)})`;

export const listScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/pagination-users',
    title: 'get-users pages hold 100 users, pagination 0 is the first page, and pages do not overlap',
    area: 'scenarios',
    observes: { 'get-users': ['pagination'] },
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
      const hint = PAGE_HINT;
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
  // The documentation says sorting orders get-users; the original never decodes the argument, so its
  // own sorting does nothing, and the reference server applies it as documented (note get-users-sorting).
  // A server copying the original fails this check: `reference`, level full.
  defineCheck({
    id: 'scenarios/sorting-users',
    title: 'get-users sorts by the given column, ASC and DESC',
    area: 'scenarios',
    observes: { 'get-users': ['sorting'] },
    methods: ['get-users'],
    tags: ['sorting', 'reference'],
    notes: ['get-users-sorting'],
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
  defineCheck({
    id: 'scenarios/pagination-conversations',
    title: 'get-conversations pages hold 100 conversations, pagination 0 is the first page, and pages do not overlap',
    area: 'scenarios',
    observes: { 'get-conversations': ['pagination'] },
    methods: ['get-conversations', 'new-conversation', 'send-message'],
    notes: ['get-conversations-pagination-zero-based'],
    tags: ['pagination'],
    async run(t) {
      const { marker } = await t.base();
      const ids = async (pagination?: number) =>
        idsOf(await t.ok('get-conversations', pagination === undefined ? {} : { pagination }), 'conversation_id');
      let [page0, page1] = [await ids(0), await ids(1)];
      const listed = page0.length < 100 ? page0.length : 100 + page1.length;
      const created: string[] = [];
      if (listed <= 100) {
        // Too few on the target: the suite lists 101 with its own, created ten at a time.
        const user = await t.user({ first_name: 'Paged', last_name: marker });
        const need = 101 - listed;
        for (let from = 0; from < need; from += 10) {
          const batch = Array.from({ length: Math.min(10, need - from) }, (_, i) => from + i);
          created.push(
            ...(await Promise.all(batch.map(async (n) => String(await talk(t, user, `Page ${n} ${marker}`, 0))))),
          );
        }
        [page0, page1] = [await ids(0), await ids(1)];
      }
      const path = '$.response[*].conversation_id';
      t.equal('get-conversations', '$.response.length (pagination 0)', page0.length, 100, PAGE_HINT);
      t.check(page1.length > 0, {
        method: 'get-conversations',
        path: '$.response.length (pagination 1)',
        expected: `at least 1: more than 100 conversations are in the inbox${created.length ? ` (the suite created ${created.length})` : ''}`,
        received: '0',
        hint: PAGE_HINT,
      });
      t.equal(
        'get-conversations',
        `${path} (pagination 0 and 1 in common)`,
        page0.filter((id) => page1.includes(id)),
        [],
        PAGE_HINT,
      );
      t.equal(
        'get-conversations',
        `${path} (listed twice on one page)`,
        [...repeated(page0), ...repeated(page1)],
        [],
        'One item per conversation: its last message.',
      );
      if (created.length) {
        const seen = new Set([...page0, ...page1]);
        t.equal(
          'get-conversations',
          `${path} (pagination 0 and 1 together)`,
          created.filter((id) => !seen.has(id)),
          [],
          'The inbox holds 101 conversations with the ones the suite created: pages 0 and 1 together list them all.',
        );
      }
      t.equal(
        'get-conversations',
        `${path} (no pagination)`,
        await ids(),
        page0,
        'Without pagination: the first page.',
      );
    },
  }),
  defineCheck({
    id: 'scenarios/sorting-conversations',
    title:
      'get-conversations lists by status code, highest first, then newest last message first; the user and new-conversation lists newest first',
    area: 'scenarios',
    methods: [
      'get-conversations',
      'get-user-conversations',
      'get-new-conversations',
      'new-conversation',
      'update-conversation-status',
    ],
    tags: ['sorting'],
    async run(t) {
      const { marker } = await t.base();
      const user = await t.user({ first_name: 'Sorted', last_name: marker });
      const older = await talk(t, user, `Older ${marker}`, 0);
      const waiting = await talk(t, user, `Waiting ${marker}`, 2);
      // Times are to the second: the newer message must be a second later to be newer.
      await sleep(1100);
      const newer = await talk(t, user, `Newer ${marker}`, 0);
      const [olderTime, newerTime] = [await lastMessageTime(t, older), await lastMessageTime(t, newer)];
      if (!(newerTime > olderTime)) {
        t.skip(
          `the message sent 1.1 s later has the time ${show(newerTime)}, the earlier one ${show(olderTime)}: the suite cannot tell newer from older`,
        );
      }
      const ours = { waiting, newer, older };

      // The inbox, page after page, until the three are found or the list ends.
      const rows: Row[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const got = await t.ok('get-conversations', { pagination: page });
        rows.push(...got);
        if (got.length < 100 || orderOf(rows, ours).length === 3) break;
      }
      const inbox = orderOf(rows, ours);
      if (inbox.length < 3 && rows.length >= MAX_PAGES * 100) {
        t.skip(
          `get-conversations answered ${MAX_PAGES} full pages without the suite's conversations: too many to tell`,
        );
      }
      t.equal(
        'get-conversations',
        '$.response[*].conversation_id (the three the suite created)',
        inbox,
        ['waiting', 'newer', 'older'],
        `waiting (${waiting}, status 2) first, whatever the time; then newer (${newer}) before older (${older}), both status 0: status code highest first, then the last message newest first.`,
      );
      expectOrdered(
        t,
        'get-conversations',
        'pages read',
        rows,
        statusThenTime,
        describeSummary,
        'status code highest first, then the last message newest first',
      );

      const mine = await t.ok('get-user-conversations', { user_id: user });
      const listed = orderOf(mine, ours);
      t.check(listed[0] === 'newer' && listed.length === 3, {
        method: 'get-user-conversations',
        path: '$.response[*].conversation_id',
        expected: `the three conversations of the user, newer (${newer}) first: newest message first, whatever the status`,
        received: show(listed),
      });
      expectOrdered(
        t,
        'get-user-conversations',
        `user_id ${user}`,
        mine,
        newestFirst,
        describeSummary,
        'newest message first',
      );

      const datetime = shiftDatetime(olderTime, -1);
      const since = await t.ok('get-new-conversations', { datetime });
      const fresh = orderOf(since, ours);
      t.check(fresh[0] === 'newer' && fresh.length === 3, {
        method: 'get-new-conversations',
        path: '$.response[*].conversation_id',
        expected: `the three conversations of the suite, newer (${newer}) first: newest message first`,
        received: show(fresh),
      });
      expectOrdered(
        t,
        'get-new-conversations',
        `datetime ${datetime}`,
        since,
        newestFirst,
        describeSummary,
        'newest message first',
      );
    },
  }),
];
