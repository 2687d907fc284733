import { defineHandler, refuse } from '../../context.js';
import { replaceArticles } from '../../queries/articles.js';

export const saveArticles = defineHandler('save-articles', async ({ articles }, { sql }) => {
  // get-articles finds an article by its ID, so two articles cannot share one: refused before anything changes.
  const seen = new Set<string>();
  const repeated = articles.find(({ id }) => seen.size === seen.add(id).size);
  if (repeated) {
    return refuse('invalid-argument', {
      argument: 'articles',
      reason: `the article ID "${repeated.id}" appears twice`,
    });
  }
  await sql.begin((tx) => replaceArticles(tx, articles));
  return true;
});
