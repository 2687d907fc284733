/**
 * The outside services some methods need. Each is present only when configured; a handler that
 * finds its service absent answers the documented `*-not-active` error (or the documented `false`).
 * Every endpoint is configurable, so tests point them at stand-ins listening on loopback. A service
 * that fails throws a `ServiceError` (errors.ts), whose message is safe to show.
 */
export type Attachment = [name: string, url: string];

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Where replies go: the sender's address, when they have one. */
  replyTo?: string;
}
export interface EmailService {
  /** Resolves once the mail server accepted the email. */
  send(message: EmailMessage): Promise<void>;
}

export interface SlackMember {
  id: string;
  name: string;
}
export interface SlackService {
  /** The main channel of the settings (`SLACK_CHANNEL`), for users whose own channel cannot be made. */
  readonly mainChannel?: string;
  /** `chat.postMessage` under the sender's name and picture. Returns the channel it went to. */
  postMessage(input: {
    channel: string;
    username: string;
    iconUrl: string;
    text: string;
    attachments: Attachment[];
  }): Promise<{ channel: string; ts: string }>;
  /** `conversations.create`; a name already taken gets a suffix. Returns the new channel's ID. */
  createChannel(name: string): Promise<string>;
  /** `users.list`: the workspace's people (no bots, no deactivated accounts). */
  listMembers(): Promise<SlackMember[]>;
  /** `users.getPresence`: whether Slack shows the member as active. */
  isActive(memberId: string): Promise<boolean>;
  /**
   * `conversations.list` then `conversations.archive` for each open channel (never #general).
   * Stops early when Slack limits the rate (`complete: false`): the caller runs it again later.
   */
  archiveChannels(): Promise<{ archived: string[]; complete: boolean }>;
}

/** A Dialogflow ES `detectIntent` answer, as Dialogflow sends it. */
export type DetectIntentResponse = Record<string, unknown> & {
  queryResult?: { fulfillmentText?: string; [key: string]: unknown };
};
export interface DialogflowService {
  /** The OAuth access token the calls use (the original hands it back to callers). */
  readonly token: string;
  /** The bot's main language (`DIALOGFLOW_LANGUAGE`). */
  readonly language: string;
  /** `sessions/{sessionId}:detectIntent` with a text query. */
  detectIntent(input: {
    sessionId: string;
    text: string;
    language: string;
    attachments?: Attachment[];
  }): Promise<DetectIntentResponse>;
  /** `agent/intents`: an intent with training phrases and one text response. */
  createIntent(input: { expressions: string[]; response: string; language: string }): Promise<void>;
}

/** What Pusher Beams answered: the publish ID, or its refusal (`{error, description}`). */
export type PushAnswer = { publishId: string } | { error: string; description?: string };
export interface PushService {
  /** `publishes/interests` with a web notification. */
  publish(input: {
    interests: string[];
    title: string;
    body: string;
    icon: string;
    deepLink?: string;
  }): Promise<PushAnswer>;
}

export interface WordPressUser {
  id: number;
  email: string;
  username: string;
  name: string;
  first_name: string;
  last_name: string;
  /** The largest avatar URL WordPress gives, if any. */
  avatar?: string;
}
export interface WordPressService {
  /** Every WordPress user that has an email, through the REST API (all pages). */
  listUsers(): Promise<WordPressUser[]>;
}

export type LicenseStatus = 'success' | 'invalid-key' | 'expired';
export interface LicenseService {
  /** Asks the licence server whether the key activates the app. */
  activate(input: { app: string; key: string }): Promise<LicenseStatus>;
}

export interface Services {
  email?: EmailService;
  slack?: SlackService;
  dialogflow?: DialogflowService;
  push?: PushService;
  wordpress?: WordPressService;
  license?: LicenseService;
}
