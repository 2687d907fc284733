import type { Config } from '../config.js';
import { createDialogflowService } from './dialogflow.js';
import { createEmailService } from './email.js';
import type { Services } from './index.js';
import { createLicenseService } from './license.js';
import { createPushService } from './push.js';
import { createSlackService } from './slack.js';
import { createWordPressService } from './wordpress.js';

/** The services the configuration enables; the others stay absent. `timeoutMs` bounds each call. */
export const createServices = (config: Config, options: { timeoutMs?: number } = {}): Services => ({
  ...(config.smtp ? { email: createEmailService(config.smtp, options) } : {}),
  ...(config.slack ? { slack: createSlackService(config.slack, options) } : {}),
  ...(config.dialogflow ? { dialogflow: createDialogflowService(config.dialogflow, options) } : {}),
  ...(config.push ? { push: createPushService(config.push, options) } : {}),
  ...(config.wordpress ? { wordpress: createWordPressService(config.wordpress, options) } : {}),
  ...(config.licenseUrl ? { license: createLicenseService(config.licenseUrl, options) } : {}),
});
