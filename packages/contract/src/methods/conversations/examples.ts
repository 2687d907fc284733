import type { z } from 'zod';
import type { ConversationSummary, UserConversationSummary } from '../../schemas/conversations.js';

/**
 * The list items of the documentation's examples: get-conversations and get-new-conversations show
 * the same two, get-user-conversations and get-new-user-conversations two others.
 */
export const documentedConversations: {
  summaries: z.output<typeof ConversationSummary>[];
  userSummaries: z.output<typeof UserConversationSummary>[];
} = {
  summaries: [
    {
      id: '1431',
      user_id: '632',
      message: 'Hello!',
      creation_time: '2020-04-24 10:53:35',
      attachments: '',
      status_code: '0',
      payload: '',
      conversation_id: '764',
      message_user_type: 'lead',
      first_name: 'Don',
      last_name: 'John',
      profile_image: 'https://board.support/media/user.svg',
      conversation_status_code: '2',
      user_type: 'lead',
    },
    {
      id: '1430',
      user_id: '631',
      message: 'Hi! Can you help me?',
      creation_time: '2020-04-24 10:38:37',
      attachments: '',
      status_code: '0',
      payload: '',
      conversation_id: '763',
      message_user_type: 'lead',
      first_name: 'Jessica',
      last_name: 'Brenson',
      profile_image: 'https://board.support/media/user.svg',
      conversation_status_code: '2',
      user_type: 'lead',
    },
  ],
  userSummaries: [
    {
      id: '2266',
      user_id: '377',
      message: 'Hello, how are you?',
      creation_time: '2020-05-12 17:30:35',
      attachments: '',
      status_code: '0',
      payload: '',
      conversation_id: '995',
      first_name: 'Don',
      last_name: 'John',
      profile_image: 'https://board.support/media/user.svg',
      user_type: 'lead',
      conversation_status_code: '3',
    },
    {
      id: '2265',
      user_id: '5',
      message: 'Please leave a feedback.',
      creation_time: '2020-05-12 17:30:35',
      attachments: '',
      status_code: '0',
      payload: '',
      conversation_id: '994',
      first_name: 'Adam',
      last_name: 'Gates',
      profile_image: 'https://board.support/media/user.svg',
      user_type: 'agent',
      conversation_status_code: '3',
    },
  ],
};
