import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

export const dialogflowIntent = defineMethod({
  name: 'dialogflow-intent',
  group: 'more',
  summary: 'Create a new intent in Dialogflow.',
  description:
    'Create a new intent in the Dialogflow agent of the bot connected in the Settings area: when a user message matches one of the training phrases, the bot answers `response`. Answers `true`; `dialogflow-not-active` when Dialogflow is not connected.',
  args: {
    expressions: arg.json(
      'Array with the training phrases in JSON format: `["...", "...", ...]`.',
      z.array(z.string().min(1).max(768)).min(1).max(2000),
    ),
    response: arg.text('String containing the response of the bot when the user input matches a user expression.', {
      max: 65_535,
    }),
    agent_language: arg
      .text(
        'The language code of the intent, e.g. `en`, `pt-BR`. For the languages codes list visit cloud.google.com/dialogflow/docs/reference/language.',
        { max: 10 },
      )
      .default('', 'the main bot language'),
  },
  response: z.literal(true),
  request: {
    expressions: ['What are your opening hours?', 'When are you open?'],
    response: 'We are open every day from 9am to 6pm.',
  },
  examples: [{ name: 'created', summary: 'The intent was created', value: true }],
  errors: ['dialogflow-not-active'],
  requires: 'dialogflow',
  writes: true,
});
