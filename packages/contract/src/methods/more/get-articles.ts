import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Article } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';
import { documentedArticles } from './examples.js';

export const getArticles = defineMethod({
  name: 'get-articles',
  group: 'more',
  summary: 'Return an array with all the articles or a single article.',
  description:
    'Without `id` (or with `-1`): the articles in their saved order, leaving out those without a title; unless `full` is true, a content longer than 100 characters is cut to its first 100 followed by `...`, and HTML tags are removed from it. With `id`: that article with its full content, or `false` if no article has this ID.',
  args: {
    id: arg
      .text('The ID of the article. To get the articles IDs, execute this method again without arguments.', {
        max: 255,
      })
      .defaultText('-1 (all the articles)'),
    count: arg.integer('The maximum number of returned articles.', { min: 0, max: 1_000_000 }).defaultText('all'),
    full: arg.boolean('Set it to true to get full length articles contents.').default(false),
  },
  response: z.union([
    z.array(Article).describe('Without `id`: the articles.'),
    Article.describe('With `id`: the article.'),
    z.literal(false).describe('With `id`: no article has this ID.'),
  ]),
  request: {},
  examples: [
    {
      name: 'articles',
      summary: 'All the articles, their contents cut',
      value: documentedArticles.list,
    },
    {
      name: 'article',
      summary: 'One article, with `id`',
      value: {
        id: '6P2Oq',
        title: "What's new with Dialogflow API V2?",
        content: 'Dialogflow API V2 is the new iteration of our developer API. The new API integrates...',
        link: 'https://dialogflow.com/v2-faq',
      },
    },
    { name: 'not-found', summary: 'No article has this ID', value: false },
    { name: 'empty', summary: 'No article was ever saved', value: [] },
  ],
  notes: [
    {
      id: 'get-articles-title-typo',
      kind: 'slip',
      topic: 'get-articles: a stray `p` in the example title',
      documented:
        "The title is `What's new with Dialogflow API V2?p`; save-articles shows the same article as `...V2?`.",
      decision: "The examples use `What's new with Dialogflow API V2?`.",
    },
  ],
});
