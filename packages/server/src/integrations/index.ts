/**
 * The outside services some methods need. Each is present only when configured; a handler that
 * finds its service absent answers the documented `*-not-active` error (or the documented `false`).
 * Every endpoint is configurable, so tests point them at stand-ins listening on loopback.
 */
export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `[name, url]` pairs: sent as links in the body (the original attaches nothing either). */
  attachments?: [string, string][];
}
export interface EmailService {
  send(message: EmailMessage): Promise<void>;
}

export interface SlackService {
  /** Posts a message; creates a channel for the user when none is given. Returns the channel ID. */
  postMessage(input: {
    channel?: string;
    userId: number;
    fullName: string;
    profileImage?: string;
    text: string;
    attachments: [string, string][];
  }): Promise<{ channel: string }>;
  /** The workspace's members. */
  listUsers(): Promise<{ id: string; name: string }[]>;
  /** Archives every channel the app can see; returns how many were archived. */
  archiveChannels(): Promise<number>;
}

export interface DialogflowService {
  /** Dialogflow ES `detectIntent`: the raw response body. */
  detectIntent(input: { sessionId: string; text: string; language?: string }): Promise<Record<string, unknown>>;
  /** Creates an intent with training phrases and one text response. */
  createIntent(input: { expressions: string[]; response: string; language?: string }): Promise<void>;
  /** The OAuth access token the calls use (the original hands it back to callers). */
  readonly token: string;
}

export interface PushService {
  /** Pusher Beams `publishes/interests`: returns the decoded answer, e.g. `{ publishId }`. */
  publish(input: { interests: string[]; title: string; body: string; icon?: string; url?: string }): Promise<{
    publishId: string;
  }>;
}

export interface WordPressService {
  /** Every WordPress user, through the REST API. */
  listUsers(): Promise<{ id: number; name: string; first_name?: string; last_name?: string; email?: string; avatar?: string }[]>;
}

export interface LicenseService {
  /** Asks the licence server about a key. */
  activate(input: { app: string; key: string }): Promise<'success' | 'invalid-key' | 'expired'>;
}

export interface Services {
  email?: EmailService;
  slack?: SlackService;
  dialogflow?: DialogflowService;
  push?: PushService;
  wordpress?: WordPressService;
  license?: LicenseService;
}
