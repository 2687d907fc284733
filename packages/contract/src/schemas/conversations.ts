import { z } from 'zod';
import { Datetime, DbId, Department, StatusCode, UserType } from './common.js';

const messageColumns = {
  id: DbId.describe('The message ID.'),
  user_id: DbId,
  message: z.string().describe('The text, HTML-escaped (`<` is sent as `&lt;`).'),
  creation_time: Datetime,
  attachments: z.string().describe('`""`, or the JSON text of `[["name", "link"], ...]`.'),
  status_code: z.string().describe('The message status, `"0"`.'),
  payload: z.string().describe('`""`, or the JSON text of an object.'),
  conversation_id: DbId,
};

const person = {
  first_name: z.string(),
  last_name: z.string(),
  profile_image: z.string().nullable(),
  user_type: UserType,
};

export const Message = z
  .object({ ...messageColumns, user_id: DbId.describe('The sender.'), ...person })
  .meta({ id: 'Message', description: "A message with its sender's name, picture and type." });

export const ConversationDetails = z
  .object({
    user_id: DbId.describe('The customer the conversation belongs to.'),
    ...person,
    id: DbId.describe('The conversation ID.'),
    title: z.string(),
    conversation_time: Datetime.optional().describe('When the conversation was created (documented name).'),
    creation_time: Datetime.optional().describe(
      'The same time under the name the original 3.1+ code uses. The reference server sends both.',
    ),
    conversation_status_code: StatusCode,
    department: Department,
    agent_id: DbId.nullable().optional().describe('The assigned agent, or `null`.'),
  })
  // Either name will do (see the note get-conversation-time-key); neither loses the creation time.
  .refine((details) => details.conversation_time !== undefined || details.creation_time !== undefined, {
    message: 'the creation time, as conversation_time (or creation_time)',
    path: ['conversation_time'],
  })
  .meta({ id: 'ConversationDetails', description: "A conversation with its customer's name, picture and type." });

export const Conversation = z
  .object({ messages: z.array(Message), details: ConversationDetails })
  .meta({ id: 'Conversation', description: 'A conversation and its messages, oldest first.' });

export const ConversationNotFound = z
  .object({ messages: z.array(Message).max(0), details: z.literal('') })
  .meta({ id: 'ConversationNotFound', description: "The original's answer for an unknown conversation." });

/**
 * get-conversations, get-new-conversations and search-conversations: one item per conversation,
 * its last message (a matching one for the search). `user_id` and the names are the customer's;
 * `message_user_type` is the sender's type.
 */
export const ConversationSummary = z
  .object({
    ...messageColumns,
    user_id: DbId.describe('The customer (not the sender of the message).'),
    message_user_type: UserType.describe("The user type of the message's sender."),
    ...person,
    conversation_status_code: StatusCode,
  })
  .meta({
    id: 'ConversationSummary',
    description:
      "A conversation as one of its messages (the last one; in search-conversations, a matching one). `user_id`, names and `user_type` are the customer's; `message_user_type` is the sender's type.",
  });

/**
 * get-user-conversations, get-new-user-conversations and search-user-conversations: one message of
 * each conversation of one user. The names are the sender's, except in search-user-conversations,
 * where the original joins the conversation's user instead.
 */
export const UserConversationSummary = z
  .object({
    ...messageColumns,
    ...person,
    conversation_status_code: StatusCode,
    department: Department.optional(),
    title: z.string().optional(),
  })
  .meta({
    id: 'UserConversationSummary',
    description:
      "A conversation of one user, as one of its messages. The names, picture and type are the sender's (in search-user-conversations, the user's).",
  });
