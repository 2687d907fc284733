/**
 * The parts of the guides generated from the contract when the site is built: the error codes, the
 * webhooks with what fires them, and every note on the source documentation. A guide asks for one
 * with a line `<!-- generated:<name> -->`.
 */
import {
  type AnyMethod,
  type AnyWebhook,
  apiVersions,
  type ErrorCodeDefinition,
  errorCodes,
  globalNotes,
  groups,
  type LaterVersion,
  methodList,
  type Note,
  type ScopedFact,
  scopedVersionFacts,
  webhookList,
} from '@support-board/contract';

const methods = methodList as readonly AnyMethod[];
const hooks = webhookList as readonly AnyWebhook[];

/** A table cell: one line, and no `|` that would end it. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text: string) => `\`${text}\``;

/** Where Redoc puts an operation and a webhook on the page: `#/<tag>/<operationId>`. */
export const methodHref = (method: AnyMethod) => `#/${groups[method.group].title.toLowerCase()}/${method.name}`;
export const webhookHref = (webhook: AnyWebhook) => `#/webhooks/webhook-${webhook.name}`;
const methodsByName = new Map(methodList.map((method) => [method.name as string, method as AnyMethod]));
const methodLink = (name: string) => {
  const method = methodsByName.get(name);
  return method ? `[${code(name)}](${methodHref(method)})` : code(name);
};

export const errorCodesTable = (): string => {
  const rows = Object.entries(errorCodes).map(([name, definition]: [string, ErrorCodeDefinition]) => {
    const message = definition.message ? ` Message: ${code(definition.message)}.` : '';
    return `| ${code(name)} | ${definition.shape} | ${definition.origin} | ${cell(definition.description + message)} |`;
  });
  return ['| Code | Shape | Origin | Description |', '|---|---|---|---|', ...rows].join('\n');
};

/** What sends a webhook: the methods that fire it, or the on-demand endpoint when only a chat front end can. */
export const firedByText = (webhook: AnyWebhook): string =>
  webhook.firedBy.length
    ? webhook.firedBy.map(methodLink).join(', ')
    : `front end only — send on demand via ${code(`POST /admin/webhooks/${webhook.name}`)}`;

export const webhookTable = (): string => {
  const rows = hooks.map(
    (webhook) =>
      `| [${code(webhook.name)}](${webhookHref(webhook)}) | ${firedByText(webhook)} | ${cell(webhook.trigger)} |`,
  );
  return ['| Webhook | Fired by | When |', '|---|---|---|', ...rows].join('\n');
};

export const noteKinds = {
  slip: 'Slips in the documentation',
  disagreement: 'The documentation and the original disagree',
  difference: 'Deliberate differences from the original',
} as const satisfies Record<Note['kind'], string>;

/** A note with what it is about: the whole API, a method or a webhook. */
export interface ScopedNote {
  note: Note;
  scope: string;
}

/** Every note of the contract: the whole API's first, then each method's and each webhook's, in their order. */
export const allNotes = (): ScopedNote[] => [
  ...globalNotes.map((note) => ({ note, scope: 'the whole API' })),
  ...methods.flatMap((method) =>
    method.notes.map((note) => ({ note, scope: `the method ${methodLink(method.name)}` })),
  ),
  ...hooks.flatMap((webhook) =>
    webhook.notes.map((note) => ({ note, scope: `the webhook [${code(webhook.name)}](${webhookHref(webhook)})` })),
  ),
];

const noteMarkdown = ({ note, scope }: ScopedNote) =>
  [
    `**${note.topic}**`,
    '',
    `- *About:* ${scope}; note ${code(note.id)}`,
    ...(note.documented ? [`- *Documented:* ${note.documented}`] : []),
    ...(note.original ? [`- *Original:* ${note.original}`] : []),
    `- *Decision:* ${note.decision}`,
  ].join('\n');

const hooksByName = new Map(hooks.map((webhook) => [webhook.name, webhook]));

/** What a fact is about, as the notes page names it, with a link. */
const factScope = ({ about }: ScopedFact) => {
  if (about.kind === 'api') return 'the whole API';
  if (about.kind === 'error-code') return `the error code ${code(about.name)}`;
  if (about.kind === 'method') return `the method ${methodLink(about.name)}`;
  return `the webhook [${code(about.name)}](${webhookHref(hooksByName.get(about.name)!)})`;
};

const versionSection = (version: LaterVersion) => {
  const facts = scopedVersionFacts(version).map((scoped) => ({ fact: scoped.fact, scope: factScope(scoped) }));
  return [
    `## Version ${version}: where Support Board ${version}.6 answers differently`,
    `${facts.length} facts, each measured on the wire against Support Board ${version}.6. The mock answers as this version with \`--api-version ${version}\`, the typed client types its answers so with \`apiVersion: '${version}'\`, and the conformance suite judges by it with \`--api-version ${version}\`.`,
    ...facts.map(({ fact, scope }) =>
      [
        `**${fact.topic}**`,
        '',
        `- *About:* ${scope}; fact ${code(fact.id)}${fact.since ? `; since ${fact.since}` : ''}`,
        `- *Measured:* ${fact.evidence}`,
      ].join('\n'),
    ),
  ].join('\n\n');
};

export const notesPage = (): string => {
  const notes = allNotes();
  return [
    ...(Object.keys(noteKinds) as Note['kind'][]).map((kind) => {
      const ofKind = notes.filter(({ note }) => note.kind === kind);
      const count = `${ofKind.length} note${ofKind.length === 1 ? '' : 's'}.`;
      return [`## ${noteKinds[kind]}`, count, ...ofKind.map(noteMarkdown)].join('\n\n');
    }),
    ...apiVersions.filter((version): version is LaterVersion => version !== '3.0').map(versionSection),
  ].join('\n\n');
};

export const generators: Record<string, () => string> = {
  'error-codes': errorCodesTable,
  'webhook-list': webhookTable,
  notes: notesPage,
};
