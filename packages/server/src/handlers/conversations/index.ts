import { deleteMessage } from './delete-message.js';
import { getConversation } from './get-conversation.js';
import { getConversations } from './get-conversations.js';
import { getNewConversations } from './get-new-conversations.js';
import { getNewMessages } from './get-new-messages.js';
import { getNewUserConversations } from './get-new-user-conversations.js';
import { getRating } from './get-rating.js';
import { getUserConversations } from './get-user-conversations.js';
import { newConversation } from './new-conversation.js';
import { searchConversations } from './search-conversations.js';
import { searchUserConversations } from './search-user-conversations.js';
import { sendBotMessage } from './send-bot-message.js';
import { sendMessage } from './send-message.js';
import { sendSlackMessage } from './send-slack-message.js';
import { setRating } from './set-rating.js';
import { updateConversationDepartment } from './update-conversation-department.js';
import { updateConversationStatus } from './update-conversation-status.js';
import { updateMessage } from './update-message.js';

export const conversationsHandlers = {
  'get-conversation': getConversation,
  'get-conversations': getConversations,
  'get-new-conversations': getNewConversations,
  'get-user-conversations': getUserConversations,
  'get-new-user-conversations': getNewUserConversations,
  'search-conversations': searchConversations,
  'search-user-conversations': searchUserConversations,
  'new-conversation': newConversation,
  'update-conversation-status': updateConversationStatus,
  'set-rating': setRating,
  'get-rating': getRating,
  'get-new-messages': getNewMessages,
  'send-message': sendMessage,
  'update-message': updateMessage,
  'delete-message': deleteMessage,
  'send-bot-message': sendBotMessage,
  'send-slack-message': sendSlackMessage,
  'update-conversation-department': updateConversationDepartment,
};
