import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Attachments } from '../../schemas/common.js';
import { arg } from '../../wire/args.js';

export const sendSlackMessage = defineMethod({
  name: 'send-slack-message',
  group: 'conversations',
  summary: 'Send a message to Slack.',
  description:
    'Send a message to Slack, to the channel of the user (created on the first message; the main channel of the settings when the user has none). Slack must be active in the settings area (`slack-not-active` otherwise). Answers `["<channel ID>"]`: send that channel with the next calls. Fires the `slack-message-sent` webhook.',
  args: {
    user_id: arg.id('The ID of the user linked to the message.'),
    full_name: arg
      .text(
        "The name of the sender, shown in Slack on the left of the message: an agent's name if the message is from an agent, otherwise the user's name.",
        { max: 255 },
      )
      .defaultText('the name of the user'),
    profile_image: arg
      .text(
        "The URL of the profile image of the sender, shown in Slack on the left of the message: an agent's image if the message is from an agent, otherwise the user's. Supported formats: PNG and JPG.",
        { max: 2048 },
      )
      .defaultText('the default user picture'),
    message: arg.text('The content of the message.').default(''),
    attachments: arg
      .json('Array of attachments in JSON format: `[["name", "link"], ...]`, the link a full URL.', Attachments)
      .default([]),
    channel: arg
      .text(
        'The Slack channel linked to the message, e.g. `C011JFFGSKY`. For performance reasons always include it: the response of the first call gives it.',
        { max: 255 },
      )
      .defaultText("the user's channel"),
  },
  response: z.tuple([z.string().describe('The ID of the Slack channel.')]),
  request: { user_id: 882, full_name: 'Don John', message: 'Hello! I need help.', channel: 'C011JFFGSKY' },
  examples: [{ name: 'sent', summary: 'The channel the message was sent to', value: ['C011JFFGSKY'] }],
  errors: ['slack-not-active', 'db-error', 'internal-error'],
  requires: 'slack',
  // Creating the user's channel stores the link between the user and the channel.
  writes: true,
  notes: [
    {
      id: 'send-slack-message-full-name',
      kind: 'difference',
      topic: 'send-slack-message without `full_name`',
      original: 'Reads `full_name` unchecked: without it PHP prints a notice before the JSON and Slack shows no name.',
      decision: "The reference server uses the user's first and last name.",
    },
  ],
});
