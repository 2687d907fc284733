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

export const moreHandlers = {
  'get-setting': getSetting,
  'get-settings': getSettings,
  'saved-replies': savedReplies,
  'get-articles': getArticles,
  'save-articles': saveArticles,
  'search-articles': searchArticles,
  'get-versions': getVersions,
  update,
  'app-get-key': appGetKey,
  'csv-users': csvUsers,
  'csv-conversations': csvConversations,
  'is-agent-typing': isAgentTyping,
  'send-email': sendEmail,
  'push-notification': pushNotification,
  'archive-slack-channels': archiveSlackChannels,
  'wp-synch': wpSynch,
  'app-activation': appActivation,
  'dialogflow-intent': dialogflowIntent,
};
