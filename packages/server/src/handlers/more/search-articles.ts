import { defineHandler } from '../../context.js';
import { searchArticles as findArticles } from '../../queries/articles.js';

// Unlike the original, a match at the very start of the content counts (contract note search-articles-content-start).
export const searchArticles = defineHandler('search-articles', async ({ search }, { sql }) =>
  search === '' ? [] : findArticles(sql, search),
);
