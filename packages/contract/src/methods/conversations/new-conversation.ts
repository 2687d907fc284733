import { defineMethod } from '../../define.js';
import { statusCodeText } from '../../schemas/common.js';
import { Conversation } from '../../schemas/conversations.js';
import { arg } from '../../wire/args.js';

const statusCode = arg
  .integer(`The status code of the conversation; -1 means waiting answer from agent (2). ${statusCodeText}`, {
    min: -1,
    max: 4,
  })
  .invalid('invalid-status-code');

export const newConversation = defineMethod({
  name: 'new-conversation',
  group: 'conversations',
  summary: 'Create a new conversation.',
  description:
    'Create a new conversation for a user and answer it as get-conversation does, with no messages. The title is stored with its first letter upper-cased and HTML-escaped. Answers `user-not-found` if no user has `user_id` (or `agent_id`). Fires the `new-conversation-created` webhook.',
  args: {
    user_id: arg.id('The ID of the user linked to the conversation.'),
    status_code: statusCode.default(0),
    title: arg.text('The title of the conversation.', { max: 255 }).default(''),
    department: arg
      .integer('The ID of a department. You can get the IDs from Settings > Miscellaneous > Departments.', {
        min: 0,
        max: 32_767,
      })
      .defaultText('none (`null`)'),
    agent_id: arg.id('The ID of the agent assigned to the conversation.').defaultText('none (`null`)'),
  },
  response: Conversation,
  request: { user_id: 882, status_code: 0 },
  examples: [
    {
      name: 'created',
      summary: 'The new conversation',
      value: {
        messages: [],
        details: {
          user_id: '882',
          first_name: 'Don',
          last_name: 'John',
          profile_image: 'https://board.support/user.svg',
          user_type: 'lead',
          id: '1007',
          title: '',
          conversation_time: '2020-05-15 12:51:39',
          conversation_status_code: '0',
          department: null,
        },
      },
    },
  ],
  errors: ['user-not-found', 'invalid-status-code', 'db-error'],
  writes: true,
  versions: {
    '3.3': {
      facts: [
        {
          id: 'new-conversation-default-two',
          topic: 'new-conversation without a status creates a conversation waiting for an agent (2)',
          evidence:
            '`function=new-conversation user_id=148` → `{"success":true,"response":{"messages":[],"details":{...,"creation_time":"2026-12-04 17:27:50","conversation_status_code":"2",...,"source":null,"extra":null,"busy":false,"notes":[]}}}`.',
        },
        {
          id: 'conversation-details-3-3',
          topic: 'Conversation details carry `creation_time`, `source`, `extra`, `busy` and `notes`',
          evidence:
            'The details of new-conversation and get-conversation have `creation_time` (not `conversation_time`) and the new keys `"source":null,"extra":null,"busy":false,"notes":[]`.',
        },
      ],
      args: { status_code: statusCode.default(2) },
    },
  },
  notes: [
    {
      id: 'new-conversation-status-default',
      kind: 'disagreement',
      topic: 'new-conversation: the default status and -1',
      documented: 'Default: 0 (live).',
      original:
        'Version 3.1 defaults to 0 and stores -1 as 2 (waiting answer from agent); from 3.3 an absent status also gives 2.',
      decision: 'The default is 0, as documented and as 3.1 does; -1 gives 2, as the original does.',
    },
    {
      id: 'new-conversation-status-validated',
      kind: 'difference',
      topic: 'new-conversation does not check the status code',
      original: 'Any number is stored as the status, making a conversation no list shows.',
      decision: 'The reference server answers `invalid-status-code` for a value outside -1 to 4 and creates nothing.',
    },
    {
      id: 'new-conversation-unknown-agent',
      kind: 'difference',
      topic: 'new-conversation with an unknown agent',
      original: 'A foreign-key failure, answered as `db-error` with the MySQL error text.',
      decision: 'The reference server answers `user-not-found`, as for an unknown `user_id`, and creates nothing.',
    },
  ],
});
