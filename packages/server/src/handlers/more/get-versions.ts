import { defineHandler } from '../../context.js';

/** The API version implemented, and the app versions the documentation names for each configured app. */
export const SB_VERSION = '3.0.4';
export const DIALOGFLOW_VERSION = '1.0.2';
export const SLACK_VERSION = '1.0.3';

// The original downloads the latest released versions from board.support; we answer what we implement.
export const getVersions = defineHandler('get-versions', async (_args, { config }) => ({
  sb: SB_VERSION,
  ...(config.dialogflow ? { dialogflow: DIALOGFLOW_VERSION } : {}),
  ...(config.slack ? { slack: SLACK_VERSION } : {}),
}));
