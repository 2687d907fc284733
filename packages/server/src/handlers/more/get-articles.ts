import { defineHandler } from '../../context.js';
import { findArticle, listArticles } from '../../queries/articles.js';

/** Without `id` (or with `-1`): the list; with `id`: that article, full, or `false`. */
export const getArticles = defineHandler('get-articles', async ({ id, count, full }, { sql }) => {
  if (id === undefined || id === '-1') return listArticles(sql, { full, limit: count });
  return (await findArticle(sql, id)) ?? false;
});
