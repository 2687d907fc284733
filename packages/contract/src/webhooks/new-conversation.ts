import { defineWebhook } from '../define.js';
import { WebhookConversation } from './schemas.js';

export const newConversationWebhook = defineWebhook({
  name: 'new-conversation',
  summary: 'Webhook sent when a new conversation is received.',
  description:
    'A conversation the admin area has just received: its `details` (customer\'s names, picture and type, title, creation time, status code, department, agent). Empty values are `""`.',
  data: WebhookConversation,
  example: {
    details: {
      user_id: '947',
      first_name: 'Don',
      last_name: 'John',
      profile_image: 'https://board.support/user.svg',
      user_type: 'user',
      id: '1057',
      title: '',
      conversation_time: '2020-05-27 08:19:18',
      conversation_status_code: '2',
      department: '',
      agent_id: '',
    },
  },
  firedBy: [],
  trigger: 'When the admin area, polling for changes, sees a conversation it did not know.',
  versions: {
    '3.3': {
      facts: [
        {
          id: 'new-conversation-details-3-3',
          topic: "The conversation's details carry `creation_time`, `source`, `extra`, `busy` and `notes`",
          evidence:
            '3.3.6\'s `main.js` fires `SBNewConversationReceived` with the conversation object the chat built from the server\'s answer, and 3.3.6 answers new-conversation and get-conversation with details holding `creation_time` (not `conversation_time`) and `"source":null,"extra":null,"busy":false,"notes":[]`.',
        },
      ],
    },
  },
  notes: [
    {
      id: 'new-conversation-function-name',
      kind: 'slip',
      topic: 'new-conversation example carries the wrong `function`',
      documented: 'The example body says `"function": "new-conversation-created"`.',
      original: 'Sends `"function": "new-conversation"`.',
      decision: 'The `function` of this webhook is `new-conversation`, as the original sends it.',
    },
  ],
});
