import { conversationReadHandlers } from './conversations-read.js';
import { conversationWriteHandlers } from './conversations-write.js';
import { serviceHandlers } from './services.js';
import { settingsHandlers } from './settings.js';
import type { Handlers } from './types.js';
import { userReadHandlers } from './users-read.js';
import { userWriteHandlers } from './users-write.js';

/** Every stateful handler, by method. Methods needing an app are answered by the engine. */
export const handlers: Handlers = {
  ...userReadHandlers,
  ...userWriteHandlers,
  ...conversationReadHandlers,
  ...conversationWriteHandlers,
  ...settingsHandlers,
  ...serviceHandlers,
};
