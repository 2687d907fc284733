import { containsPattern, type Queryable } from '../db/database.js';

export interface ArticleRow {
  id: string;
  title: string;
  content: string;
  link: string;
}

export const EXCERPT_LENGTH = 100;

/**
 * The articles with a title, in their saved order, at most `limit` (undefined: all). Unless `full`,
 * a content longer than 100 characters loses its HTML tags and is cut to 100 characters + `...`,
 * as the original's `sb_get_articles` does. Lengths count characters, not bytes.
 */
export const listArticles = (db: Queryable, { full, limit }: { full: boolean; limit?: number }) =>
  db<ArticleRow[]>`
    SELECT id, title,
      CASE WHEN ${full}::boolean OR char_length(content) <= ${EXCERPT_LENGTH} THEN content
        ELSE left(regexp_replace(content, '<[^>]*>', '', 'g'), ${EXCERPT_LENGTH}) || '...' END AS content,
      link
    FROM articles WHERE title <> '' ORDER BY position LIMIT ${limit ?? null}`;

export const findArticle = async (db: Queryable, id: string): Promise<ArticleRow | undefined> => {
  const [row] = await db<ArticleRow[]>`SELECT id, title, content, link FROM articles WHERE id = ${id}`;
  return row;
};

/**
 * Articles whose title or content contains `search`, ignoring case, in saved order; contents cut to
 * 100 characters. Run it through `withIndexScans`.
 */
export const searchArticles = (db: Queryable, search: string) => {
  const pattern = containsPattern(search);
  // The matches are gathered first (a materialised CTE) and then ordered, so that the planner finds
  // them through the trigram index rather than walking the position index past every article.
  return db<ArticleRow[]>`
    WITH found AS MATERIALIZED (
      SELECT id, position, title, content, link FROM articles WHERE title ILIKE ${pattern} OR content ILIKE ${pattern})
    SELECT id, title, left(content, ${EXCERPT_LENGTH}) AS content, link FROM found ORDER BY position`;
};

/**
 * Replaces every article with `articles`, keeping their order. Sent as one JSON parameter so that
 * any number of articles fits in one statement. Run it in a transaction.
 */
export const replaceArticles = async (db: Queryable, articles: readonly ArticleRow[]): Promise<void> => {
  await db`DELETE FROM articles`;
  if (!articles.length) return;
  const rows = articles.map(({ id, title, content, link }, position) => ({ id, position, title, content, link }));
  await db`
    INSERT INTO articles (id, position, title, content, link)
    SELECT id, position, title, content, link
    FROM jsonb_to_recordset(${db.json(rows)}::jsonb)
      AS a(id varchar, position integer, title text, content text, link text)`;
};
