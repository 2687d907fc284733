import { z } from 'zod';
import { defineWebhook } from '../define.js';

export const botMessageWebhook = defineWebhook({
  name: 'bot-message',
  summary: 'Webhook sent when the Dialogflow send a reply to a user message.',
  description:
    "The bot's reply to a user message: `response` is the answer of send-bot-message (the Dialogflow access token, the bot's messages, and Dialogflow's own answer), `message` the user's text.",
  data: z.looseObject({
    response: z
      .looseObject({
        token: z.string().optional().describe('The Dialogflow access token used for the call.'),
        messages: z
          .array(z.looseObject({ message: z.string() }))
          .describe("The bot's messages, each with its text and, if any, its attachments."),
        response: z
          .record(z.string(), z.unknown())
          .describe("Dialogflow's detectIntent answer, as Dialogflow sent it."),
      })
      .describe('The answer of send-bot-message.'),
    message: z.string().describe('The user message the bot replied to.'),
  }),
  example: {
    response: {
      token: 'ya29.a0Afkjh8MADFYeT4BgCy3917xqSDdVvw4mgVHrgrLDcgRk9ajWoQAgdjv5e',
      messages: [{ message: 'Hi! How are you doing?' }],
      response: {
        responseId: '46d2c208-2a7f-4ca2-bd7d-6636982b8bee-0f0e27e1',
        queryResult: {
          queryText: 'hi',
          action: 'input.welcome',
          allRequiredParamsPresent: 'true',
          fulfillmentText: 'Hi! How are you doing?',
          fulfillmentMessages: [{ text: { text: ['Hi! How are you doing?'] } }],
          outputContexts: [
            {
              name: 'projects/api-project-655517752147/agent/sessions',
              lifespanCount: '1',
              parameters: { 'no-input': '0', 'no-match': '0' },
            },
          ],
          intent: {
            name: 'projects/api-project-655517752147/agent/intents',
            displayName: 'Default Welcome Intent',
          },
          intentDetectionConfidence: '1',
          languageCode: 'en',
        },
        alternativeQueryResults: [
          {
            queryText: 'hi',
            outputContexts: [
              {
                name: 'projects/api-project-655517752147/agent',
                parameters: { 'no-match': '1', 'no-input': '0' },
              },
            ],
            languageCode: 'en',
          },
        ],
      },
    },
    message: 'Hello',
  },
  firedBy: ['send-bot-message'],
  trigger: 'When Dialogflow has answered a user message sent to the bot.',
  notes: [
    {
      id: 'bot-message-server-fired',
      kind: 'difference',
      topic: 'bot-message is fired by the API',
      original: 'Fired by the chat front end when Dialogflow answered, so a send-bot-message call fires nothing.',
      decision:
        "The reference server fires it after every successful send-bot-message, with the method's answer as `response`.",
    },
  ],
});
