import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { ArticleInput } from '../../schemas/more.js';
import { arg } from '../../wire/args.js';

const Articles = z.union([
  z.array(ArticleInput),
  z
    .object({ articles: z.array(ArticleInput) })
    .transform((body) => body.articles)
    .describe('The form of the documentation\'s example: `{"articles": [...]}`.'),
]);

export const saveArticles = defineMethod({
  name: 'save-articles',
  group: 'more',
  summary: 'Save all the articles.',
  description:
    'Save all the articles: the existing articles are deleted and replaced with the ones of the given array. Answers `true`.',
  args: {
    articles: arg.json(
      'The array with the articles in JSON format: `[{"id": "...", "title": "...", "content": "...", "link": "..."}, ...]`. Use get-articles with `full` set to true to get the articles array. The form `{"articles": [...]}` is accepted too.',
      Articles,
    ),
  },
  response: z.literal(true),
  request: {
    articles: [
      {
        id: '6P2Oq',
        title: "What's new with Dialogflow API V2?",
        content: 'Dialogflow API V2 is the new iteration of our developer API. The new API integrates Google Cloud Spe',
        link: 'https://dialogflow.com',
      },
      {
        title: 'Which API version am I currently using?',
        content:
          'The Dialogflow API version is configured separately for each agent. To see which API version click the link.',
        link: '',
        id: 'IDkft',
      },
    ],
  },
  examples: [{ name: 'saved', summary: 'The articles were saved', value: true }],
  writes: true,
  notes: [
    {
      id: 'save-articles-wrapper',
      kind: 'disagreement',
      topic: 'save-articles: the array, or `{"articles": [...]}`',
      documented: 'The example value is an object: `{"articles": [{...}, ...]}`.',
      original:
        'Stores the value as it is and get-articles reads it as the array of articles, so the wrapped form leaves get-articles with no articles.',
      decision:
        'Both forms are accepted and saved as the array; the typed client sends the array, as get-articles answers it.',
    },
  ],
});
