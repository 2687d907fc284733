import { defineHandler } from '../../context.js';
import { withIndexScans } from '../../db/database.js';
import { searchArticles as findArticles } from '../../queries/articles.js';

// Unlike the original, a match at the very start of the content counts (contract note search-articles-content-start).
// Through the trigram index at any number of articles (see withIndexScans).
export const searchArticles = defineHandler('search-articles', async ({ search }, { sql }) =>
  search === '' ? [] : withIndexScans(sql, (tx) => findArticles(tx, search)),
);
