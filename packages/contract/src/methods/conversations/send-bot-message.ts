import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Attachments } from '../../schemas/common.js';
import { arg } from '../../wire/args.js';

export const sendBotMessage = defineMethod({
  name: 'send-bot-message',
  group: 'conversations',
  summary: 'Send a message to Dialogflow and add the Dialogflow response to an existing conversation as a new message.',
  description:
    'Send a message to Dialogflow and add the Dialogflow response to an existing conversation as a new message of the bot. Dialogflow must be active in the settings area (`dialogflow-not-active` otherwise). Answers the Dialogflow access token, the messages added, and the Dialogflow response. Fires the `bot-message` and `message-sent` webhooks.',
  args: {
    conversation_id: arg.id('The ID of the conversation.'),
    message: arg.text('The text of the message sent to Dialogflow.'),
    language: arg.text('The language code of the bot, e.g. `en`.', { max: 35 }).defaultText('the main bot language'),
    attachments: arg
      .json(
        'Array of attachments in JSON format: `[["name", "link"], ...]`, the link a full URL. Dialogflow can read this array.',
        Attachments,
      )
      .default([]),
  },
  response: z
    .object({
      token: z.string().describe('The Dialogflow access token used.'),
      messages: z
        .array(z.object({ message: z.string(), attachments: Attachments }))
        .describe('The messages added to the conversation.'),
      response: z
        .record(z.string(), z.unknown())
        .describe('The body of the Dialogflow `detectIntent` answer, as Dialogflow sends it.'),
    })
    .meta({ id: 'BotMessage' }),
  request: { conversation_id: 1004, message: 'Hello' },
  examples: [
    {
      name: 'answered',
      summary: 'Dialogflow answered with the welcome intent',
      value: {
        token: 'ya29.a0AfH6SMB5Y04TwKvxeah5pCEtcupfncTOLMlewxlnUAhH5H4HE4SVIeOPWSfxRVfHNcJIoR-IvRTtrEe4P9VXHa',
        messages: [{ message: 'Hi! How are you doing?', attachments: [] }],
        response: {
          responseId: '1a5e30d0-d6d4-4f0c-83e3-2fb9e31c2a5e-e15c53b8',
          queryResult: {
            queryText: 'Hello',
            action: 'input.welcome',
            parameters: [],
            allRequiredParamsPresent: true,
            fulfillmentText: 'Hi! How are you doing?',
            fulfillmentMessages: [
              {
                platform: 'ACTIONS_ON_GOOGLE',
                simpleResponses: { simpleResponses: [{ textToSpeech: 'Example' }] },
              },
              { text: { text: ['Hi! How are you doing?'] } },
            ],
            intent: {
              name: 'projects/api-project-655517752147/agent/intents/fe275c2e-f39d-4db3-92c2-e55582ce38fb',
              displayName: 'Default Welcome Intent',
            },
            intentDetectionConfidence: 1,
            languageCode: 'en',
          },
          alternativeQueryResults: [{ queryText: 'Hello', languageCode: 'en' }],
        },
      },
    },
  ],
  errors: ['dialogflow-not-active', 'db-error', 'internal-error'],
  requires: 'dialogflow',
  writes: true,
  notes: [
    {
      id: 'send-bot-message-token',
      kind: 'slip',
      topic: 'send-bot-message: the Dialogflow `token` argument cannot be sent',
      documented:
        '`token` is "the Dialogflow access token", to be sent with every call, although `token` already holds the admin token.',
      original: 'Reads the same `token` field for both, so the admin token is taken as the Dialogflow access token.',
      decision:
        'The contract has no Dialogflow token argument: the reference server takes the Dialogflow credentials from its configuration and reuses its access token itself. The answer still carries `token`, as documented.',
    },
  ],
});
