/** Writes the OpenAPI document, as JSON and YAML, into dist/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildOpenApiDocument } from '../src/openapi/document.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
mkdirSync(dist, { recursive: true });
const document = buildOpenApiDocument();
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(dist, 'openapi.yaml'), stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
console.log(
  `openapi: ${Object.keys(document.paths ?? {}).length} operations, ${Object.keys(document.webhooks ?? {}).length} webhooks -> ${dist}`,
);
