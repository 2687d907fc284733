import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 60_000);
afterAll(() => t.close());

const LONG_HTML = `<p>Dialogflow API V2 is the <b>new iteration</b> of our developer API.</p> ${'The new API integrates Google Cloud Speech. '.repeat(3)}`;
const articles = [
  {
    id: '6P2Oq',
    title: "What's new with Dialogflow API V2?",
    content: LONG_HTML,
    link: 'https://dialogflow.com/v2-faq',
  },
  { id: 'qf7kD', title: 'Should I move to the new API?', content: 'Yes. <i>Short</i> answer.', link: '' },
  { id: 'hiddn', title: '', content: 'An article without a title', link: '' },
  {
    id: 'IDkft',
    title: 'Which API version am I currently using?',
    content: 'Configured for each agent.',
    link: 'https://x.example',
  },
];

const saveArticles = (value: unknown) =>
  t.post({ token: t.token, function: 'save-articles', articles: JSON.stringify(value) });

describe('before any article is saved', () => {
  test('get-articles answers []', async () => {
    expect(await t.client.call('get-articles')).toEqual([]);
  });

  test('get-articles with an id answers false', async () => {
    expect(await t.client.call('get-articles', { id: '6P2Oq' })).toBe(false);
  });

  test('search-articles answers []', async () => {
    expect(await t.post({ token: t.token, function: 'search-articles', search: 'api' })).toEqual({
      success: true,
      response: [],
    });
  });
});

describe('save-articles then get-articles', () => {
  beforeAll(async () => {
    expect(await t.client.call('save-articles', { articles })).toBe(true);
  });

  test('get-articles lists the articles in their saved order, leaving out those without a title', async () => {
    const list = await t.client.call('get-articles');
    expect(Array.isArray(list) && list.map((article) => article.id)).toEqual(['6P2Oq', 'qf7kD', 'IDkft']);
  });

  test('a content longer than 100 characters loses its HTML and is cut to 100 characters followed by "..."', async () => {
    const [first] = (await t.client.call('get-articles')) as { content: string }[];
    const stripped = LONG_HTML.replace(/<[^>]*>/g, '');
    expect(first!.content).toBe(`${stripped.slice(0, 100)}...`);
    expect(first!.content).not.toContain('<');
  });

  test('a content of 100 characters or less is answered as saved', async () => {
    const list = (await t.client.call('get-articles')) as { id: string; content: string }[];
    expect(list.find((article) => article.id === 'qf7kD')!.content).toBe('Yes. <i>Short</i> answer.');
  });

  test('full=true answers the full contents', async () => {
    const list = (await t.client.call('get-articles', { full: true })) as { id: string; content: string }[];
    expect(list[0]).toEqual(articles[0]);
  });

  test('count limits the number of articles, counting only those listed', async () => {
    const list = (await t.client.call('get-articles', { count: 2 })) as { id: string }[];
    expect(list.map((article) => article.id)).toEqual(['6P2Oq', 'qf7kD']);
  });

  test('with an id: that article, full, even one without a title', async () => {
    expect(await t.client.call('get-articles', { id: '6P2Oq' })).toEqual(articles[0]);
    expect(await t.client.call('get-articles', { id: 'hiddn' })).toEqual(articles[2]);
  });

  test('with an unknown id: false', async () => {
    expect(await t.post({ token: t.token, function: 'get-articles', id: 'nope' })).toEqual({
      success: true,
      response: false,
    });
  });

  test('id -1 is the documented default: all the articles', async () => {
    const list = (await t.client.call('get-articles', { id: '-1' })) as { id: string }[];
    expect(list).toHaveLength(3);
  });

  test('contents are cut by characters, not bytes', async () => {
    const before = await t.client.call('get-articles', { full: true });
    await t.client.call('save-articles', {
      articles: [{ id: 'u', title: 'Accents', content: 'é'.repeat(150), link: '' }],
    });
    expect(await t.client.call('get-articles')).toEqual([
      { id: 'u', title: 'Accents', content: `${'é'.repeat(100)}...`, link: '' },
    ]);
    await t.client.call('save-articles', { articles: before as typeof articles });
  });
});

describe('save-articles', () => {
  test('replaces every article: the ones left out are gone', async () => {
    await t.client.call('save-articles', { articles });
    expect(await t.client.call('save-articles', { articles: [articles[1]!] })).toBe(true);
    expect(await t.client.call('get-articles', { full: true })).toEqual([articles[1]]);
    expect(await t.client.call('get-articles', { id: '6P2Oq' })).toBe(false);
  });

  test('an empty array deletes every article', async () => {
    await t.client.call('save-articles', { articles });
    await t.client.call('save-articles', { articles: [] });
    expect(await t.client.call('get-articles')).toEqual([]);
  });

  test('an article without a link is saved with the link ""', async () => {
    expect(await saveArticles([{ id: 'nolink', title: 'No link', content: 'Text' }])).toEqual({
      success: true,
      response: true,
    });
    expect(await t.client.call('get-articles', { id: 'nolink' })).toEqual({
      id: 'nolink',
      title: 'No link',
      content: 'Text',
      link: '',
    });
  });

  test('the documentation\'s wrapped form {"articles": [...]} is saved as the array, so get-articles finds them', async () => {
    // Note save-articles-wrapper: the original would store the wrapper and get-articles would then list nothing.
    expect(await saveArticles({ articles })).toEqual({ success: true, response: true });
    const list = (await t.client.call('get-articles')) as { id: string }[];
    expect(list.map((article) => article.id)).toEqual(['6P2Oq', 'qf7kD', 'IDkft']);
  });

  describe('bad input changes nothing', () => {
    beforeAll(async () => {
      await t.client.call('save-articles', { articles });
    });
    const unchanged = async () => expect(await t.client.call('get-articles', { full: true })).toHaveLength(3);

    test('without articles: missing-argument', async () => {
      expect(await t.post({ token: t.token, function: 'save-articles' })).toMatchObject({
        status: 'error',
        response: 'missing-argument',
        argument: 'articles',
      });
      await unchanged();
    });

    test('articles that are not JSON: invalid-argument', async () => {
      expect(await t.post({ token: t.token, function: 'save-articles', articles: '[{"id":' })).toMatchObject({
        status: 'error',
        response: 'invalid-argument',
        argument: 'articles',
      });
      await unchanged();
    });

    test('an article without an id: invalid-argument', async () => {
      expect(await saveArticles([{ title: 'No id', content: 'x', link: '' }])).toMatchObject({
        response: 'invalid-argument',
        argument: 'articles',
      });
      await unchanged();
    });

    test('two articles with one ID: invalid-argument, since get-articles could find only one of them', async () => {
      const answer = await saveArticles([
        { id: 'same', title: 'One', content: 'x', link: '' },
        { id: 'same', title: 'Two', content: 'y', link: '' },
      ]);
      expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'articles' });
      expect(answer.message).toContain('same');
      await unchanged();
    });
  });
});

describe('search-articles', () => {
  beforeAll(async () => {
    await t.client.call('save-articles', {
      articles: [
        ...articles,
        { id: 'start', title: 'Billing', content: `Refunds are possible within 30 days. ${'x'.repeat(120)}`, link: '' },
        { id: 'pct', title: 'Discounts', content: 'Save 100% on the second month.', link: '' },
      ],
    });
  });
  const ids = (list: { id: string }[]) => list.map((article) => article.id);

  test('finds the search in titles and contents, ignoring case, in saved order', async () => {
    expect(ids(await t.client.call('search-articles', { search: 'API' }))).toEqual(['6P2Oq', 'qf7kD', 'IDkft']);
    expect(ids(await t.client.call('search-articles', { search: 'configured FOR' }))).toEqual(['IDkft']);
  });

  test('cuts each content to its first 100 characters, without "..." and without removing HTML', async () => {
    const [found] = await t.client.call('search-articles', { search: "what's new" });
    expect(found).toEqual({ ...articles[0], content: LONG_HTML.slice(0, 100) });
  });

  test('finds a match at the very start of the content, which the original misses', async () => {
    // Note search-articles-content-start: the original reads position 0 as "no match".
    expect(ids(await t.client.call('search-articles', { search: 'refunds' }))).toEqual(['start']);
  });

  test('no match: []', async () => {
    expect(await t.client.call('search-articles', { search: 'kubernetes' })).toEqual([]);
  });

  test('an empty search matches nothing', async () => {
    expect(await t.client.call('search-articles', { search: '' })).toEqual([]);
  });

  test('% and _ are plain characters, not wildcards', async () => {
    expect(ids(await t.client.call('search-articles', { search: '100%' }))).toEqual(['pct']);
    expect(await t.client.call('search-articles', { search: 'a_b' })).toEqual([]);
  });

  test('without search: missing-argument', async () => {
    expect(await t.post({ token: t.token, function: 'search-articles' })).toMatchObject({
      response: 'missing-argument',
      argument: 'search',
    });
  });
});
