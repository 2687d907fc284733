export { MODES, type MockMode, type MockOptions } from './core/options.js';
export type { Diagnostic } from './core/validate/validate.js';
export type { Delivery, WebhookSender } from './core/webhooks/sender.js';
export { createMockApp, type MockApp, type MockInternals } from './node/app.js';
export { type RunningMock, type StartOptions, startMock } from './node/server.js';
