export { createMockApp, type MockApp, type MockInternals } from './app.js';
export { MODES, type MockMode, type MockOptions } from './options.js';
export { type RunningMock, type StartOptions, startMock } from './server.js';
export type { Diagnostic } from './validate/validate.js';
export type { Delivery, WebhookSender } from './webhooks/sender.js';
