import type { CheckContext } from '../../core/context.js';
import type { Fixtures } from '../../core/fixtures.js';

const snapshotted = new WeakSet<Fixtures>();

/**
 * Before the first save-articles of a run: keeps the target's articles (full contents) and
 * restores them at the end. When they cannot be read, the check is skipped rather than lose them.
 */
export const keepArticles = async (t: CheckContext): Promise<void> => {
  if (snapshotted.has(t.fixtures)) return;
  const saved = await t.api.call('get-articles', { full: true });
  const body = saved.body as { success?: unknown; response?: unknown } | undefined;
  if (body?.success !== true || !Array.isArray(body.response)) {
    t.skip('get-articles did not answer the list of articles, so the suite could not restore them: it saves none');
  }
  const articles = (body.response as Record<string, unknown>[]).map((article) => ({
    id: String(article.id ?? ''),
    title: String(article.title ?? ''),
    content: String(article.content ?? ''),
    link: String(article.link ?? ''),
  }));
  snapshotted.add(t.fixtures);
  t.fixtures.onCleanup('restore the articles', async () => {
    const answer = await t.api.call('save-articles', { articles });
    if ((answer.body as { success?: unknown } | undefined)?.success !== true) {
      throw new Error(`save-articles answered ${answer.text.slice(0, 200)}`);
    }
  });
};

export const article = (marker: string, n: number, content: string) => ({
  id: `${marker}a${n}`,
  title: `Article ${n} ${marker}`,
  content,
  link: `https://example.com/help/${n}`,
});
