/**
 * Puts the console (console/*.ts, bundled with esbuild) into the built page, with what it knows of each
 * method, read from the site's OpenAPI document: the arguments (kind, type, required, the documented
 * example), the names of the documented answers and the error codes, for the mock's `Prefer`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyMethod, methodList } from '@support-board/contract';
import { buildSync } from 'esbuild';
import { type ConsoleArg, type ConsoleMethod, DATA_ID, type WireKind } from '../console/data.js';
import { methodHref } from './content.js';
import { docsDir } from './redocly.js';

interface Property {
  type?: string;
  anyOf?: Property[];
  enum?: string[];
  'x-wire'?: WireKind;
}
interface Operation {
  requestBody: {
    content: Record<
      string,
      { schema: { properties: Record<string, Property>; required?: string[] }; example: Record<string, unknown> }
    >;
  };
  responses: { 200: { content: { 'application/json': { examples: Record<string, unknown> } } } };
  'x-errors': string[];
}
export interface SiteDocument {
  paths: Record<string, { post: Operation }>;
}

const TYPES: Record<WireKind, string> = {
  id: 'ID',
  integer: 'integer',
  boolean: 'boolean',
  text: 'text',
  enum: 'one of',
  datetime: 'date-time',
  json: 'JSON',
};

/** The field's text for a documented value: JSON text for a JSON argument. */
const fieldText = (kind: WireKind, value: unknown) =>
  value === undefined ? undefined : kind === 'json' ? JSON.stringify(value) : String(value);

const consoleArg = (name: string, property: Property, required: boolean, example: unknown): ConsoleArg => {
  const kind = property['x-wire'] ?? 'text';
  const jsonType = property.type ?? property.anyOf?.[0]?.type;
  return {
    name,
    kind,
    type: kind === 'json' && jsonType ? `JSON ${jsonType}` : TYPES[kind],
    required,
    ...(example === undefined ? {} : { example: fieldText(kind, example) }),
    ...(property.enum ? { options: property.enum } : {}),
  };
};

/** Each method's console, from its operation in the document. */
export const consoleData = (document: SiteDocument): ConsoleMethod[] =>
  (methodList as readonly AnyMethod[]).map((method) => {
    const operation = document.paths[`/include/api.php#${method.name}`]?.post;
    if (!operation) throw new Error(`the document has no operation for ${method.name}`);
    const form = operation.requestBody.content['application/x-www-form-urlencoded']!;
    const required = new Set(form.schema.required ?? []);
    return {
      name: method.name,
      section: methodHref(method).slice(2),
      args: Object.entries(form.schema.properties)
        .filter(([name]) => name !== 'token' && name !== 'function')
        .map(([name, property]) => consoleArg(name, property, required.has(name), form.example[name])),
      examples: Object.keys(operation.responses[200].content['application/json'].examples),
      codes: operation['x-errors'],
    };
  });

/** The console's script: one minified bundle with the contract's encoder in it, and no import left. */
export const consoleScript = (): string => {
  const result = buildSync({
    entryPoints: [join(docsDir, 'console', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

/** Text safe inside a `<script>` element: no `</script` or `<!--` can end or change it. */
const inScript = (text: string) => text.replace(/</g, '\\u003c');

/** The page with the console's style, data and script before `</body>`. */
export const withConsole = (page: string, document: SiteDocument): string => {
  const script = consoleScript();
  if (/<\/script|<!--/i.test(script)) throw new Error('the console bundle holds text that would end its <script>');
  const style = readFileSync(join(docsDir, 'console', 'style.css'), 'utf8');
  const parts = [
    `<style>${style}</style>`,
    `<script type="application/json" id="${DATA_ID}">${inScript(JSON.stringify(consoleData(document)))}</script>`,
    `<script type="module">${script}</script>`,
  ].join('\n');
  const end = page.lastIndexOf('</body>');
  if (end < 0) throw new Error('the page has no </body>');
  return `${page.slice(0, end)}${parts}\n${page.slice(end)}`;
};
