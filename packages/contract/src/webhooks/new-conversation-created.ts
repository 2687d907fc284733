import { defineWebhook } from '../define.js';
import { WebhookConversation } from './schemas.js';

export const newConversationCreatedWebhook = defineWebhook({
  name: 'new-conversation-created',
  summary: 'Webhook sent when a user starts a new conversation.',
  description:
    'The new conversation: its `details` (customer\'s names, picture and type, title, creation time, status code, department, agent) and, from the reference server, its `messages` (`[]`). Empty values are `""`.',
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
  firedBy: ['new-conversation'],
  trigger: 'After a conversation has been created.',
  versions: {
    '3.3': {
      facts: [
        {
          id: 'new-conversation-created-details-3-3',
          topic: "The conversation's details carry `creation_time`, `source`, `extra`, `busy` and `notes`",
          evidence:
            '3.3.6\'s `main.js` fires `SBNewConversationCreated` with the conversation object the chat built from the server\'s answer, and 3.3.6 answers new-conversation and get-conversation with details holding `creation_time` (not `conversation_time`) and `"source":null,"extra":null,"busy":false,"notes":[]`.',
        },
      ],
    },
  },
  notes: [
    {
      id: 'new-conversation-created-server-fired',
      kind: 'difference',
      topic: 'new-conversation-created is fired by the API',
      original:
        'Fired by the chat widget after it created a conversation, so a new-conversation call fires nothing (version 3.7 fires it from the server).',
      decision: 'The reference server fires it for every conversation new-conversation creates.',
    },
    {
      id: 'new-conversation-created-messages',
      kind: 'disagreement',
      topic: 'new-conversation-created carries the whole conversation',
      documented: 'The data is `{details}`.',
      original:
        'The widget sends `{details}` (form encoding drops the empty message list); version 3.7 sends the whole conversation, `{messages, details}`.',
      decision:
        'The reference server sends the whole new conversation as new-conversation answers it, `{messages: [], details}`; receivers reading `details` are unaffected.',
    },
  ],
});
