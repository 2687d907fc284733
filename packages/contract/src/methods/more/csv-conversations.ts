import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { arg } from '../../wire/args.js';

const conversationId = arg.id('The ID of the conversation to export.');

export const csvConversations = defineMethod({
  name: 'csv-conversations',
  group: 'more',
  summary: 'Export a conversation in a CSV file and return the URL.',
  description:
    'Export the messages of a conversation in a CSV file and return its URL (ending with `?v=` and a random number, as the original makes it). Answers `false` if the conversation is not found, or if `conversation_id` is absent.',
  args: {
    conversation_id: conversationId.optional(),
  },
  response: z.union([
    z.string().describe('The URL of the CSV file.'),
    z.literal(false).describe('The conversation is not found, or `conversation_id` is absent.'),
  ]),
  request: { conversation_id: 1021 },
  examples: [
    {
      name: 'exported',
      summary: 'The URL of the file',
      value: 'https://board.support/uploads/conversation-1021.csv?v=42',
    },
    { name: 'not-found', summary: 'No conversation has this ID', value: false },
  ],
  versions: {
    '3.3': {
      facts: [
        {
          id: 'csv-conversations-required-id',
          topic: 'csv-conversations requires `conversation_id`',
          since: '3.2',
          evidence:
            '`function=csv-conversations` → `{"status":"error","response":"missing-argument","message":"Missing argument: conversation_id"}`.',
        },
      ],
      args: { conversation_id: conversationId },
    },
  },
  notes: [
    {
      id: 'csv-conversations-optional-id',
      kind: 'disagreement',
      topic: 'csv-conversations: `conversation_id` is optional',
      documented: '`conversation_id` is listed as the conversation to export, without a default.',
      original: 'Does not require it (3.0, 3.1): without it the answer is `false`. From 3.2 it is required.',
      decision: 'Match the spec-version original: optional, and `false` without it.',
    },
    {
      id: 'csv-conversations-not-found',
      kind: 'difference',
      topic: 'csv-conversations of an unknown conversation',
      documented: '`false` if the conversation is not found.',
      original: 'Still answers a URL, of a file holding only the header row.',
      decision: 'The reference server answers `false`, as documented.',
    },
    {
      id: 'csv-conversations-header',
      kind: 'difference',
      topic: 'csv-conversations: the header row does not match the columns',
      original:
        'The header is `ID, User ID, Title, Status Code, Creation date`, but each row holds the message columns: id, user_id, message, creation_time, status_code, attachments, payload, conversation_id.',
      decision:
        'The reference server writes the same columns under a header naming them: `ID, User ID, Message, Creation Time, Status Code, Attachments, Payload, Conversation ID`.',
    },
    {
      id: 'csv-conversations-cache-buster',
      kind: 'disagreement',
      topic: 'csv-conversations: the URL ends with `?v=<random>`',
      documented: 'The example URL is `https://board.support/uploads/conversation-1021.csv`.',
      original: 'Appends `?v=` and a random number from 1 to 100.',
      decision: 'Match the original; the example shows it. Treat the URL as opaque.',
    },
    {
      id: 'csv-conversations-public-file',
      kind: 'difference',
      topic: 'csv-conversations: who can download the export',
      original:
        'Writes the file to `uploads/conversation-<id>.csv`: a public URL anyone can guess from the conversation ID, and download.',
      decision:
        'The reference server serves the file under a path holding a long random part (the file name stays `conversation-<id>.csv`), so only who received the URL can download it.',
    },
  ],
});
