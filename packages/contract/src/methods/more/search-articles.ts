import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Article } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';
import { documentedArticles } from './examples.js';

export const searchArticles = defineMethod({
  name: 'search-articles',
  group: 'more',
  summary: 'Return the articles matching the search.',
  description:
    'Return the articles whose title or content contains the search, ignoring case, in their saved order; each content is cut to its first 100 characters (no `...` added). Answers `[]` if no articles are found.',
  args: {
    search: arg.text('The string to search in the title and the content. An empty string matches nothing.', {
      max: 255,
    }),
  },
  response: z.array(Article),
  request: { search: 'api' },
  examples: [
    {
      name: 'articles',
      summary: 'The matching articles',
      value: documentedArticles.list,
    },
    { name: 'empty', summary: 'No article matches', value: [] },
  ],
  notes: [
    {
      id: 'search-articles-title-typo',
      kind: 'slip',
      topic: 'search-articles: a stray `p` in the example title',
      documented:
        "The title is `What's new with Dialogflow API V2?p`; save-articles shows the same article as `...V2?`.",
      decision: "The example uses `What's new with Dialogflow API V2?`.",
    },
    {
      id: 'search-articles-content-start',
      kind: 'difference',
      topic: 'search-articles misses a match at the very start of the content',
      original:
        'An article whose content starts with the search, and whose title does not contain it, is not found (its position 0 is read as "no match").',
      decision: 'The reference server finds it: a match is a match wherever it is.',
    },
  ],
});
