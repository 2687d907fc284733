import { z } from 'zod';
import { defineMethod } from '../../define.js';
import { Conversation, ConversationNotFound } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';

export const getConversation = defineMethod({
  name: 'get-conversation',
  group: 'conversations',
  summary: 'Return a conversation and the messages of the conversation.',
  description:
    'Return a conversation: its messages, oldest first, each with its sender\'s name, picture and type, and its details with the customer\'s. When `user_id` is given, the conversation must belong to that user. Answers `{"messages":[],"details":""}` if the conversation is not found.',
  args: {
    user_id: arg
      .id('The ID of the user linked to the conversation. When given, a conversation of another user is not found.')
      .optional(),
    conversation_id: arg.id('The ID of the conversation.'),
  },
  response: z.union([Conversation, ConversationNotFound]),
  request: { user_id: 802, conversation_id: 946 },
  examples: [
    {
      name: 'conversation',
      summary: 'A conversation and its messages',
      value: {
        messages: [
          {
            id: '2044',
            user_id: '802',
            message: 'Hello!',
            creation_time: '2020-05-04 10:06:30',
            attachments: '',
            status_code: '0',
            payload: '',
            conversation_id: '946',
            first_name: 'Don',
            last_name: 'John',
            profile_image: 'https://board.support/user.svg',
            user_type: 'lead',
          },
          {
            id: '2045',
            user_id: '377',
            message: 'Hello, how can I help?',
            creation_time: '2020-05-04 10:06:33',
            attachments: '',
            status_code: '0',
            payload: '',
            conversation_id: '946',
            first_name: 'Bruce',
            last_name: 'Peterson',
            profile_image: 'https://board.support/agent.svg',
            user_type: 'agent',
          },
        ],
        details: {
          user_id: '802',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/user.svg',
          user_type: 'lead',
          id: '946',
          title: '',
          conversation_time: '2020-05-04 10:06:30',
          conversation_status_code: '3',
          department: null,
        },
      },
    },
    { name: 'not-found', summary: 'No conversation has this ID (for this user)', value: { messages: [], details: '' } },
  ],
  versions: {
    '3.3': {
      facts: [
        {
          id: 'get-conversation-not-found-false',
          topic: 'get-conversation of an unknown conversation answers `false`',
          evidence: '`function=get-conversation conversation_id=99999` → `{"success":true,"response":false}`.',
        },
        {
          id: 'get-conversation-user-id-ignored',
          topic: 'get-conversation ignores `user_id`',
          evidence:
            "`function=get-conversation conversation_id=42 user_id=1`, with conversation 42 the customer 148's → the conversation: an admin's call is not checked against the owner.",
        },
      ],
      ignored: ['user_id'],
      response: z.union([Conversation, z.literal(false).describe('No conversation has this ID.')]),
      adapt: (found: { details: unknown }) => (found.details === '' ? false : found),
    },
  },
  notes: [
    {
      id: 'get-conversation-example-spaces',
      kind: 'slip',
      topic: 'get-conversation: the example lost its spaces',
      documented: 'The example shows `"creation_time": "2020-05-0410:06:30"` and `"message": "Hello,howcanIhelp?"`.',
      decision:
        'The example is given as the original sends it: `2020-05-04 10:06:30` (`YYYY-MM-DD HH:MM:SS`) and `Hello, how can I help?`.',
    },
    {
      id: 'get-conversation-time-key',
      kind: 'disagreement',
      topic: 'get-conversation: `conversation_time` or `creation_time` in the details',
      documented: 'The details carry the creation time of the conversation as `conversation_time`.',
      original: 'Version 3.1 names it `creation_time`.',
      decision:
        'The reference server sends both keys with the same value, so that clients of either name work; the schema accepts either.',
    },
    {
      id: 'get-conversation-user-id',
      kind: 'disagreement',
      topic: 'get-conversation: what `user_id` does',
      documented: '`user_id` is listed as "the ID of the user linked to the conversation", with no default.',
      original:
        'Optional. In 3.1, when given, the conversation must belong to that user, else the not-found answer; from 3.3 it is ignored for admin callers.',
      decision:
        'Optional, and checked as in 3.1: a conversation of another user answers `{"messages":[],"details":""}`.',
    },
    {
      id: 'get-conversation-agent-id',
      kind: 'disagreement',
      topic: 'get-conversation: the details carry `agent_id`',
      documented: "The example's details have no `agent_id`.",
      original: 'The details also carry `agent_id`, the assigned agent (`null` when none), since 3.0.4.',
      decision: 'Match the original: the reference server sends `agent_id`; the schema makes it optional.',
    },
  ],
});
