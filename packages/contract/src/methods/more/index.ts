import { appActivation } from './app-activation.js';
import { appGetKey } from './app-get-key.js';
import { archiveSlackChannels } from './archive-slack-channels.js';
import { csvConversations } from './csv-conversations.js';
import { csvUsers } from './csv-users.js';
import { dialogflowIntent } from './dialogflow-intent.js';
import { getArticles } from './get-articles.js';
import { getSetting } from './get-setting.js';
import { getSettings } from './get-settings.js';
import { getVersions } from './get-versions.js';
import { isAgentTyping } from './is-agent-typing.js';
import { pushNotification } from './push-notification.js';
import { saveArticles } from './save-articles.js';
import { savedReplies } from './saved-replies.js';
import { searchArticles } from './search-articles.js';
import { sendEmail } from './send-email.js';
import { update } from './update.js';
import { wpSynch } from './wp-synch.js';

/** The More group, in the documentation's order. */
export const more = [
  sendEmail,
  pushNotification,
  getSetting,
  getSettings,
  savedReplies,
  archiveSlackChannels,
  getArticles,
  saveArticles,
  searchArticles,
  getVersions,
  update,
  wpSynch,
  appGetKey,
  appActivation,
  csvUsers,
  csvConversations,
  dialogflowIntent,
  isAgentTyping,
] as const;
