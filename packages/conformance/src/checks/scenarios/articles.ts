import type { Check } from '../../core/types.js';
import { show } from '../../core/values.js';
import { defineCheck } from '../define.js';
import { article, keepArticles } from '../shared/articles.js';
import { idsOf } from '../shared/lists.js';

const pick = ({ id, title, content, link }: Record<string, unknown>) => ({ id, title, content, link });
/** The documented keys of articles, so that extra keys a server adds do not count as differences. */
const fields = (rows: unknown) =>
  Array.isArray(rows)
    ? rows.map(pick)
    : typeof rows === 'object' && rows !== null
      ? pick(rows as Record<string, unknown>)
      : rows;

export const articleScenarios: Check[] = [
  defineCheck({
    id: 'scenarios/articles-roundtrip',
    title: 'save-articles replaces the articles; get-articles answers them, cut or full, one by ID, or counted',
    area: 'scenarios',
    observes: { 'save-articles': ['articles'], 'get-articles': ['id', 'count', 'full'] },
    methods: ['save-articles', 'get-articles'],
    tags: ['articles'],
    async run(t) {
      const { marker } = await t.base();
      await keepArticles(t);
      const long = `${'A long article about parcels. '.repeat(10)}${marker}`;
      const saved = [article(marker, 1, long), article(marker, 2, 'Short text')];
      await t.ok('save-articles', { articles: saved });
      t.equal(
        'get-articles',
        '$.response (full)',
        fields(await t.ok('get-articles', { full: true })),
        saved,
        'save-articles replaces every article.',
      );

      const cut = await t.ok('get-articles');
      const first = Array.isArray(cut) ? cut[0] : undefined;
      const shown = String(first?.content ?? '').replace(/\s*\.\.\.$/, '');
      t.check(shown.length > 0 && shown.length < long.length && long.startsWith(shown), {
        method: 'get-articles',
        path: '$.response[0].content',
        expected: 'the start of the content, cut (to 100 characters) without `full`',
        received: show(first?.content),
      });
      t.equal('get-articles', '$.response (id)', fields(await t.ok('get-articles', { id: saved[0]!.id })), saved[0]);
      t.equal('get-articles', '$.response (unknown id)', await t.ok('get-articles', { id: `${marker}-none` }), false);
      const counted = await t.ok('get-articles', { count: 1 });
      t.equal('get-articles', '$.response.length (count 1)', Array.isArray(counted) ? counted.length : counted, 1);
    },
  }),
  defineCheck({
    id: 'scenarios/articles-search',
    title: 'search-articles finds articles by title and by content, and nothing for a word no article has',
    area: 'scenarios',
    observes: { 'search-articles': ['search'] },
    methods: ['save-articles', 'search-articles'],
    tags: ['articles', 'search'],
    async run(t) {
      const { marker: m } = await t.base();
      await keepArticles(t);
      const byTitle = { ...article(m, 1, 'How we ship parcels'), title: `Shipping ${m}` };
      const byContent = { ...article(m, 2, `Send the parcel back with the code ${m}zz`), title: 'Returns' };
      await t.ok('save-articles', { articles: [byTitle, byContent] });
      t.equal(
        'search-articles',
        '$.response[*].id (title)',
        idsOf(await t.ok('search-articles', { search: `Shipping ${m}` })),
        [byTitle.id],
      );
      t.equal(
        'search-articles',
        '$.response[*].id (content)',
        idsOf(await t.ok('search-articles', { search: `${m}zz` })),
        [byContent.id],
      );
      t.equal('search-articles', '$.response', await t.ok('search-articles', { search: `${m}-none` }), []);
    },
  }),
  defineCheck({
    id: 'scenarios/search-articles-content-start',
    title: 'search-articles finds an article whose content starts with the search',
    area: 'scenarios',
    methods: ['search-articles'],
    notes: ['search-articles-content-start'],
    tags: ['articles', 'search'],
    async run(t) {
      const { marker: m } = await t.base();
      await keepArticles(t);
      const starting = { ...article(m, 3, `${m}start of the content`), title: 'Untitled match' };
      await t.ok('save-articles', { articles: [starting] });
      t.equal('search-articles', '$.response[*].id', idsOf(await t.ok('search-articles', { search: `${m}start` })), [
        starting.id,
      ]);
    },
  }),
  defineCheck({
    id: 'scenarios/save-articles-documented-wrapper',
    title: 'save-articles accepts the documented {"articles": [...]} form',
    area: 'scenarios',
    methods: ['save-articles', 'get-articles'],
    notes: ['save-articles-wrapper'],
    failsOnOriginal:
      'save-articles reads `articles` as the list only: the documented `{"articles":[...]}` saves nothing (get-articles then answers `[]`)',
    tags: ['articles'],
    async run(t) {
      const { marker } = await t.base();
      await keepArticles(t);
      const saved = [article(marker, 4, 'Wrapped as documented')];
      const answer = await t.answer(
        'save-articles',
        { articles: [] },
        { set: { articles: JSON.stringify({ articles: saved }) } },
      );
      t.expectSuccess('save-articles', answer);
      t.equal('get-articles', '$.response (full)', fields(await t.ok('get-articles', { full: true })), saved);
    },
  }),
];
