import type { Config } from '../config.js';
import { ServiceError } from './errors.js';
import { bearer, fetchJson, isObject, type JsonResponse, SERVICE_TIMEOUT_MS } from './http.js';
import type { DetectIntentResponse, DialogflowService } from './index.js';

const SERVICE = 'Dialogflow';
/** Dialogflow caps an intent's display name at 100 characters. */
const MAX_DISPLAY_NAME = 100;

/** Google APIs answer errors as `{error: {code, message, status}}`. */
const checked = (response: JsonResponse) => {
  if (response.status >= 200 && response.status < 300 && isObject(response.body)) return response.body;
  const error = isObject(response.body) && isObject(response.body.error) ? response.body.error : undefined;
  const status = typeof error?.status === 'string' ? error.status : `HTTP ${response.status}`;
  const message = typeof error?.message === 'string' ? `: ${error.message}` : '';
  throw new ServiceError(SERVICE, `${status}${message}`, status);
};

/**
 * Dialogflow ES, API v2 (`DIALOGFLOW_API_URL`, default https://dialogflow.googleapis.com), with an
 * OAuth access token (`DIALOGFLOW_TOKEN`) for the agent of `DIALOGFLOW_PROJECT_ID`.
 */
export const createDialogflowService = (
  dialogflow: NonNullable<Config['dialogflow']>,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): DialogflowService => {
  const agent = `${dialogflow.apiUrl}/v2/projects/${encodeURIComponent(dialogflow.projectId)}/agent`;
  const post = async (url: string, body: unknown) =>
    checked(
      await fetchJson(SERVICE, url, {
        method: 'POST',
        headers: { ...bearer(dialogflow.token), 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        timeoutMs,
      }),
    );

  return {
    token: dialogflow.token,
    language: dialogflow.language,

    async detectIntent({ sessionId, text, language, attachments = [] }) {
      const url = `${agent}/sessions/${encodeURIComponent(sessionId)}:detectIntent`;
      return (await post(url, {
        queryInput: { text: { text, languageCode: language } },
        // The attachments reach fulfillment webhooks in the query's payload.
        ...(attachments.length ? { queryParams: { payload: { attachments } } } : {}),
      })) as DetectIntentResponse;
    },

    async createIntent({ expressions, response, language }) {
      await post(`${agent}/intents?${new URLSearchParams({ languageCode: language })}`, {
        displayName: [...(expressions[0] ?? response)].slice(0, MAX_DISPLAY_NAME).join(''),
        trainingPhrases: expressions.map((text) => ({ type: 'EXAMPLE', parts: [{ text }] })),
        messages: [{ text: { text: [response] } }],
      });
    },
  };
};
