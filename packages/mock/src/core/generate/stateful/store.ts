import type { USER_TYPES } from '@support-board/contract';

type UserType = (typeof USER_TYPES)[number];

export interface Detail {
  slug: string;
  name: string;
  value: string;
}

export interface UserRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  profile_image: string | null;
  user_type: UserType;
  creation_time: string;
  last_activity: string | null;
  department: number | null;
  token: string;
  /** Whether a password is set; never answered. */
  password: boolean;
  /** The conversation the user is typing in, or -1. */
  typing: number;
  details: Detail[];
}

export interface ConversationRow {
  id: number;
  user_id: number;
  title: string;
  creation_time: string;
  status_code: number;
  department: number | null;
  agent_id: number | null;
}

export interface MessageRow {
  id: number;
  user_id: number;
  message: string;
  creation_time: string;
  status_code: number;
  /** `""` or the JSON text of the attachments, as stored. */
  attachments: string;
  payload: string;
  conversation_id: number;
}

export interface Rating {
  rating: number;
  agent_id?: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  content: string;
  link: string;
}

/** `YYYY-MM-DD HH:MM:SS`, UTC. */
export const formatTime = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/** The in-memory database of stateful mode. Maps keep insertion order, which is ID order. */
export class Store {
  readonly users = new Map<number, UserRow>();
  readonly conversations = new Map<number, ConversationRow>();
  readonly messages = new Map<number, MessageRow>();
  /** Each setting as `[value, type]`, as get-settings answers them. */
  settings: Record<string, [unknown, string]> = {};
  articles: ArticleRow[] = [];
  readonly ratings = new Map<number, Rating>();
  readonly appKeys = new Map<string, string>();
  /** CSV exports by path (`<folder>/<file>.csv`). */
  readonly exports = new Map<string, string>();
  private readonly next = { user: 1, conversation: 101, message: 1001 };

  constructor(readonly clock: () => Date = () => new Date()) {}

  now = () => formatTime(this.clock());

  addUser(row: Omit<UserRow, 'id'>): UserRow {
    const user = { id: this.next.user++, ...row };
    this.users.set(user.id, user);
    return user;
  }

  addConversation(row: Omit<ConversationRow, 'id'>): ConversationRow {
    const conversation = { id: this.next.conversation++, ...row };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  addMessage(row: Omit<MessageRow, 'id'>): MessageRow {
    const message = { id: this.next.message++, ...row };
    this.messages.set(message.id, message);
    return message;
  }

  /** The messages of a conversation, oldest first. */
  messagesOf(conversationId: number): MessageRow[] {
    return [...this.messages.values()]
      .filter((message) => message.conversation_id === conversationId)
      .sort((a, b) => a.creation_time.localeCompare(b.creation_time) || a.id - b.id);
  }

  lastMessage(conversationId: number): MessageRow | undefined {
    return this.messagesOf(conversationId).at(-1);
  }

  deleteConversation(id: number) {
    for (const message of this.messagesOf(id)) this.messages.delete(message.id);
    this.conversations.delete(id);
    this.ratings.delete(id);
  }

  /** Deletes a user with their conversations, the messages they sent, and their details; unassigns them. */
  deleteUser(id: number): boolean {
    if (!this.users.delete(id)) return false;
    for (const conversation of [...this.conversations.values()]) {
      if (conversation.user_id === id) this.deleteConversation(conversation.id);
      else if (conversation.agent_id === id) conversation.agent_id = null;
    }
    for (const message of [...this.messages.values()]) if (message.user_id === id) this.messages.delete(message.id);
    return true;
  }

  isAgent = (user: UserRow) => user.user_type === 'agent' || user.user_type === 'admin';
}
