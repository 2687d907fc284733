import { sendMessage } from './send-message.js';

/** The Conversations group, in the documentation's order. */
export const conversations = [sendMessage] as const;
