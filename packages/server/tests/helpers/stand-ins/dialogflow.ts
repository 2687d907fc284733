import { randomUUID } from 'node:crypto';
import { bearerToken, isRecord, type RecordedRequest, type Reply, startHttpStandIn } from './http.js';

export interface StandInIntent {
  name: string;
  displayName: string;
  trainingPhrases: string[];
  responses: string[];
  languageCode: string;
  action?: string;
  isFallback?: boolean;
}

/** Dialogflow ES caps a text query at 256 characters. */
const MAX_QUERY = 256;

const googleError = (code: number, status: string, message: string): Reply => ({
  status: code,
  body: { error: { code, message, status } },
});

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim();

/**
 * A stand-in for Dialogflow ES API v2 on loopback: an agent in memory with the default welcome and
 * fallback intents. `detectIntent` matches a query against the intents' training phrases (case and
 * punctuation ignored) and answers a detectIntent body; `intents` creates an intent. It checks what
 * Google checks: the OAuth bearer token, the project, the request bodies; errors are Google's
 * `{error: {code, message, status}}`.
 */
export const startDialogflowStandIn = async ({
  token = 'ya29.test-access-token',
  projectId = 'support-board-test',
}: {
  token?: string;
  projectId?: string;
} = {}) => {
  const intents: StandInIntent[] = [
    {
      name: `projects/${projectId}/agent/intents/${randomUUID()}`,
      displayName: 'Default Welcome Intent',
      trainingPhrases: ['hi', 'hello', 'hey'],
      responses: ['Hi! How are you doing?'],
      languageCode: 'en',
      action: 'input.welcome',
    },
    {
      name: `projects/${projectId}/agent/intents/${randomUUID()}`,
      displayName: 'Default Fallback Intent',
      trainingPhrases: [],
      responses: ["Sorry, I didn't get that. Can you rephrase?"],
      languageCode: 'en',
      action: 'input.unknown',
      isFallback: true,
    },
  ];
  /** Session IDs in the order queries arrived. */
  const sessions: string[] = [];

  const detectIntent = (session: string, body: Record<string, unknown>): Reply => {
    const text = isRecord(body.queryInput) && isRecord(body.queryInput.text) ? body.queryInput.text : undefined;
    if (!text || typeof text.text !== 'string' || text.text.trim() === '') {
      return googleError(400, 'INVALID_ARGUMENT', 'Invalid query input: text is empty.');
    }
    if (typeof text.languageCode !== 'string' || text.languageCode === '') {
      return googleError(400, 'INVALID_ARGUMENT', 'Invalid query input: language code is missing.');
    }
    if (text.text.length > MAX_QUERY) {
      return googleError(400, 'INVALID_ARGUMENT', `Input text exceeds the ${MAX_QUERY} characters limit.`);
    }
    sessions.push(session);
    const query = normalise(text.text);
    const matched =
      intents.find((intent) => intent.trainingPhrases.some((phrase) => normalise(phrase) === query)) ??
      intents.find((intent) => intent.isFallback)!;
    const reply = matched.responses[0] ?? '';
    return {
      body: {
        responseId: `${randomUUID()}-${randomUUID().slice(0, 8)}`,
        queryResult: {
          queryText: text.text,
          ...(matched.action ? { action: matched.action } : {}),
          parameters: {},
          allRequiredParamsPresent: true,
          fulfillmentText: reply,
          fulfillmentMessages: reply ? [{ text: { text: [reply] } }] : [],
          intent: {
            name: matched.name,
            displayName: matched.displayName,
            ...(matched.isFallback ? { isFallback: true } : {}),
          },
          intentDetectionConfidence: matched.isFallback ? 1 : 0.87,
          languageCode: text.languageCode,
        },
      },
    };
  };

  const createIntent = (request: RecordedRequest, body: Record<string, unknown>): Reply => {
    const { displayName } = body;
    if (typeof displayName !== 'string' || displayName.trim() === '' || [...displayName].length > 100) {
      return googleError(400, 'INVALID_ARGUMENT', 'Intent display name must be 1 to 100 characters.');
    }
    if (intents.some((intent) => intent.displayName === displayName)) {
      return googleError(400, 'FAILED_PRECONDITION', `Intent with the display name '${displayName}' already exists.`);
    }
    const phrases = Array.isArray(body.trainingPhrases) ? body.trainingPhrases : [];
    const trainingPhrases: string[] = [];
    for (const phrase of phrases) {
      const parts = isRecord(phrase) && Array.isArray(phrase.parts) ? phrase.parts : undefined;
      const texts = parts?.map((part) => (isRecord(part) ? part.text : undefined));
      if (!texts?.length || !texts.every((part): part is string => typeof part === 'string')) {
        return googleError(400, 'INVALID_ARGUMENT', 'Training phrase parts must have text.');
      }
      trainingPhrases.push(texts.join(''));
    }
    const messages = Array.isArray(body.messages) ? body.messages : [];
    const responses = messages.flatMap((message) =>
      isRecord(message) && isRecord(message.text) && Array.isArray(message.text.text)
        ? message.text.text.filter((item): item is string => typeof item === 'string')
        : [],
    );
    const intent: StandInIntent = {
      name: `projects/${projectId}/agent/intents/${randomUUID()}`,
      displayName,
      trainingPhrases,
      responses,
      languageCode: request.query.get('languageCode') ?? 'en',
    };
    intents.push(intent);
    return {
      body: {
        name: intent.name,
        displayName,
        priority: 500000,
        trainingPhrases: body.trainingPhrases,
        messages: body.messages,
      },
    };
  };

  const agentPath = `/v2/projects/${projectId}/agent`;
  const server = await startHttpStandIn((request) => {
    const given = bearerToken(request);
    if (given !== token) {
      return googleError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    const project = /^\/v2\/projects\/([^/]+)\//.exec(request.path)?.[1];
    if (project !== projectId) {
      return googleError(403, 'PERMISSION_DENIED', `Permission denied on resource project ${project ?? ''}.`);
    }
    if (request.method !== 'POST') return googleError(404, 'NOT_FOUND', 'Method not found.');
    if (!isRecord(request.json)) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    const session = new RegExp(`^${agentPath}/sessions/([^/:]+):detectIntent$`).exec(request.path)?.[1];
    if (session) return detectIntent(decodeURIComponent(session), request.json);
    if (request.path === `${agentPath}/intents`) return createIntent(request, request.json);
    return googleError(404, 'NOT_FOUND', 'Method not found.');
  });

  return { ...server, intents, sessions };
};
