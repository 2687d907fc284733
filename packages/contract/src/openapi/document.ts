import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AnyMethod, AnyWebhook, App, Note } from '../define.js';
import { groups } from '../define.js';
import { ErrorAnswer, SuccessAnswer, ValidationFailure } from '../envelope.js';
import { methodList } from '../methods/index.js';
import { globalNotes } from '../notes.js';
import { apiVersions, type VersionFact } from '../versions/define.js';
import { versionFacts } from '../versions/lookup.js';
import { webhookList } from '../webhooks/index.js';
import type { AnyArg } from '../wire/args.js';
import { codeSamples } from './code-samples.js';
import { errorExamples } from './error-examples.js';

/** The API version the source documentation describes. */
export const API_VERSION = '3.0.4';

const wireNote: Record<AnyArg['spec']['kind'], string> = {
  id: '',
  integer: '',
  boolean: ' Sent as `true` or `false`.',
  text: '',
  enum: '',
  datetime: '',
  json: ' Sent as a JSON string.',
};

const argSchema = ({ spec }: AnyArg) => {
  const parts = [spec.description + wireNote[spec.kind]];
  if (spec.defaultText) parts.push(`Default: ${spec.defaultText}.`);
  if (spec.aliases.length) parts.push(`Also read as ${spec.aliases.map((alias) => `\`${alias}\``).join(', ')}.`);
  if (spec.invalidCode) parts.push(`A value outside the accepted ones answers \`${spec.invalidCode}\`.`);
  if (spec.originalBehaviour) parts.push(`Original: ${spec.originalBehaviour}`);
  return spec.schema.meta({
    description: parts.join(' '),
    ...(spec.default !== undefined && !spec.defaultText ? { default: spec.default } : {}),
    'x-wire': spec.kind,
    ...(spec.aliases.length ? { 'x-aliases': spec.aliases } : {}),
  } as Record<string, unknown>);
};

const TokenField = z.string().min(1).openapi({ description: 'Your admin secret token.', example: 'YOUR-TOKEN' });

const requestSchema = (method: AnyMethod) =>
  z.object({
    token: TokenField,
    function: z.literal(method.name).openapi({ description: `Insert \`${method.name}\`.` }),
    ...Object.fromEntries(
      Object.entries(method.args).map(([name, a]) => {
        const schema = argSchema(a);
        return [name, a.spec.required ? schema : schema.optional()];
      }),
    ),
  });

const jsonEncodings = (method: AnyMethod) =>
  Object.fromEntries(
    Object.entries(method.args)
      .filter(([, a]) => a.spec.kind === 'json')
      .map(([name]) => [name, { contentType: 'application/json' }]),
  );

/** What a method that needs an app answers without it, on the original and on the reference server. */
const appNote: Record<App, string> = {
  slack:
    'Needs the Slack app. The original answers `app-not-installed` without the app and `slack-not-active` when it is not active; the reference server answers `slack-not-active` when Slack is not configured.',
  dialogflow:
    'Needs the Dialogflow app. The original answers `app-not-installed` without the app and `dialogflow-not-active` when it is not active; the reference server answers `dialogflow-not-active` when Dialogflow is not configured.',
  wordpress: 'Needs the WordPress version: elsewhere the answer is `app-not-installed`.',
};

const notesMarkdown = (notes: Note[]) =>
  notes.length
    ? `\n\n**Notes on the documentation and the original**\n\n${notes
        .map((note) => `- **${note.topic}.** ${note.original ? `Original: ${note.original} ` : ''}${note.decision}`)
        .join('\n')}`
    : '';

/** Where later versions answer differently, each with what Support Board answered. */
const versionsMarkdown = (method: AnyMethod) =>
  Object.entries(method.versions)
    .map(
      ([version, later]) =>
        `\n\n**In version ${version}** (as Support Board ${version}.6 answers)\n\n${later.facts
          .map((fact) => `- **${fact.topic}.** ${fact.evidence}`)
          .join('\n')}`,
    )
    .join('');

/** `x-later-versions`: per version, the method's name there when it differs, and the facts. */
const laterVersions = (method: AnyMethod) =>
  Object.fromEntries(
    Object.entries(method.versions).map(([version, later]) => [
      version,
      { ...(later.name ? { function: later.name } : {}), facts: later.facts },
    ]),
  );

const registerMethod = (app: OpenAPIHono, method: AnyMethod) => {
  const errors = errorExamples(method);
  const examples = Object.fromEntries([
    ...method.examples.map((example) => [
      example.name,
      { summary: example.summary, value: { success: true, response: example.value } },
    ]),
    ...errors.map(({ code, ...example }) => [code, example]),
  ]);
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: `/include/api.php#${method.name}`,
    operationId: method.name,
    summary: method.name,
    description: `${method.description}${method.requires ? `\n\n${appNote[method.requires]}` : ''}${notesMarkdown(method.notes)}${versionsMarkdown(method)}`,
    tags: [groups[method.group].title],
    request: {
      body: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: requestSchema(method),
            example: requestExample(method),
            encoding: jsonEncodings(method),
          } as never,
        },
      },
    },
    responses: {
      200: {
        description: 'Every answer is HTTP 200: a success, a validation failure, or an error (see the examples).',
        content: {
          'application/json': {
            schema: z.union([
              z.intersection(SuccessAnswer, z.object({ response: method.response })),
              ValidationFailure,
              ErrorAnswer,
            ]),
            examples,
          },
        },
      },
    },
    'x-codeSamples': codeSamples(method),
    'x-errors': errors.map(({ code }) => code),
    ...(method.requires ? { 'x-requires-app': method.requires } : {}),
    ...(method.notes.length ? { 'x-original-behaviour': method.notes } : {}),
    ...(Object.keys(method.versions).length ? { 'x-later-versions': laterVersions(method) } : {}),
  } as never);
};

/**
 * The request example as typed values, which is what the schema describes: the `encoding` of each JSON
 * argument and the form's own serialisation say how they travel (the code samples show the wire).
 */
const requestExample = (method: AnyMethod) => ({
  token: 'YOUR-TOKEN',
  function: method.name,
  ...(method.request as Record<string, unknown>),
});

const signatureHeaders = [
  ['webhook-id', 'A unique ID of the delivery; the same on every retry of one event.'],
  ['webhook-timestamp', 'Seconds since the epoch when this attempt was signed.'],
  [
    'webhook-signature',
    '`v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed with the webhook secret (Standard Webhooks).',
  ],
] as const;

const registerWebhook = (app: OpenAPIHono, webhook: AnyWebhook) => {
  app.openAPIRegistry.registerWebhook({
    method: 'post',
    path: webhook.name,
    operationId: `webhook-${webhook.name}`,
    summary: webhook.name,
    description: `${webhook.description}\n\n**When:** ${webhook.trigger}\n\n**Fired by:** ${
      webhook.firedBy.length
        ? webhook.firedBy.map((name) => `\`${name}\``).join(', ')
        : 'a chat front end only; the reference server and the mock can send it on demand to test a receiver'
    }.${notesMarkdown(webhook.notes)}`,
    tags: ['Webhooks'],
    request: {
      headers: z.object(
        Object.fromEntries(
          signatureHeaders.map(([name, description]) => [
            name,
            z
              .string()
              .optional()
              .openapi({ description: `Reference server only. ${description}` }),
          ]),
        ),
      ),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({
              function: z.literal(webhook.name),
              key: z.string().openapi({ description: 'The secret key set in the webhook settings.' }),
              data: webhook.data,
            }),
            example: { function: webhook.name, key: 'xxxxxxxx', data: webhook.example },
          },
        },
      },
    },
    responses: {
      200: {
        description: 'Any 2xx answer acknowledges the delivery; anything else is retried by the reference server.',
      },
    },
    ...(webhook.notes.length ? { 'x-original-behaviour': webhook.notes } : {}),
    ...(Object.keys(webhook.versions).length ? { 'x-later-versions': webhook.versions } : {}),
  } as never);
};

const description = `The Web API of Support Board, a live chat and help desk: ${methodList.length} methods, all called with
\`POST {install}/include/api.php\` and an \`application/x-www-form-urlencoded\` body holding \`token\` (an admin's
secret token), \`function\` (the method name) and the method's arguments. Arrays and objects travel as JSON strings.

Every answer is HTTP 200 with a JSON body in one of three shapes: \`{"success":true,"response":...}\`,
\`{"success":false,"response":"<error-code>"}\`, or \`{"status":"error","response":"<error-code>","message":"..."}\`.

Each operation below is listed under \`/include/api.php#<method>\`: the part after \`#\` only names the method in this
document; every request goes to \`/include/api.php\` itself, with the method in the \`function\` field.

The admin token travels in the body (the \`token\` field), which an OpenAPI security scheme cannot express; see the
Authentication guide.`;

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']> & {
  'x-original-behaviour': Note[];
  /** Every fact of each later version, whatever it is about (each operation also has its own). */
  'x-later-versions': Record<string, VersionFact[]>;
};

/** Builds the OpenAPI 3.1 document of the whole API from the contract. */
export const buildOpenApiDocument = (): OpenApiDocument => {
  const app = new OpenAPIHono();
  for (const method of methodList as readonly AnyMethod[]) registerMethod(app, method);
  for (const webhook of webhookList as readonly AnyWebhook[]) registerWebhook(app, webhook);
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Support Board Web API',
      version: API_VERSION,
      ...{ summary: 'Users, conversations, messages, settings and webhooks of a Support Board installation.' },
      description,
    },
    servers: [
      {
        url: 'https://{host}/{path}',
        description: 'Your Support Board installation',
        variables: {
          host: { default: 'YOUR-WEBSITE.com', description: 'Your website' },
          path: { default: 'supportboard', description: 'Where Support Board is installed' },
        },
      },
    ],
    tags: [
      ...Object.values(groups).map((group) => ({ name: group.title, description: group.description })),
      { name: 'Webhooks', description: 'Requests Support Board sends to your URL when something happens.' },
    ],
  });
  const later = Object.fromEntries(
    apiVersions.filter((version) => version !== '3.0').map((version) => [version, versionFacts(version)]),
  );
  return { ...document, 'x-original-behaviour': globalNotes, 'x-later-versions': later };
};
