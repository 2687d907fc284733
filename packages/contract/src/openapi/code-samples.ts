import type { AnyMethod } from '../define.js';
import type { MethodName } from '../methods/index.js';
import { encodeFields } from '../wire/encode.js';

/** The URL the documentation uses in its examples. */
export const EXAMPLE_URL = 'https://YOUR-WEBSITE.com/supportboard/include/api.php';
export const EXAMPLE_TOKEN = 'YOUR-TOKEN';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const phpQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A string literal in single quotes, as JavaScript and Python both read it. */
const quote = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

const exampleFields = (method: AnyMethod) =>
  encodeFields(method.name as MethodName, EXAMPLE_TOKEN, method.request as never);

export const curlSample = (method: AnyMethod): string =>
  [
    `curl -X POST ${EXAMPLE_URL}`,
    ...exampleFields(method).map(([key, value]) => `  --data-urlencode ${shellQuote(`${key}=${value}`)}`),
  ].join(' \\\n');

/** The documentation's own PHP snippet, with the method's arguments in the query array. */
export const phpSample = (method: AnyMethod): string => {
  const query = exampleFields(method)
    .map(([key, value]) => `${phpQuote(key)} => ${phpQuote(value)}`)
    .join(', ');
  return `$ch = curl_init('${EXAMPLE_URL}');
$parameters = [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => false,
    CURLOPT_USERAGENT => 'Support Board',
    CURLOPT_POST => true,
    CURLOPT_CONNECTTIMEOUT => 5,
    CURLOPT_POSTFIELDS => http_build_query([${query}])
];
curl_setopt_array($ch, $parameters);
$response = curl_exec($ch);
curl_close($ch);`;
};

/** A value as TypeScript source: identifier keys unquoted, strings in single quotes. */
const literal = (value: unknown, indent = ''): string => {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const inner = `${indent}  `;
    const entries = Object.entries(value).map(
      ([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(item, inner)},`,
    );
    return entries.length ? `{\n${entries.join('\n')}\n${indent}}` : '{}';
  }
  return JSON.stringify(value);
};

export const typescriptSample = (method: AnyMethod): string => {
  const args = Object.keys(method.request as object).length ? `, ${literal(method.request)}` : '';
  return `import { createClient } from '@support-board/contract/client';

const client = createClient({
  url: '${EXAMPLE_URL}',
  token: '${EXAMPLE_TOKEN}',
});
const response = await client.call('${method.name}'${args});`;
};

/** Plain `fetch` (browsers, Node 18+, Deno, Bun): `URLSearchParams` sends the fields as a form. */
export const fetchSample = (method: AnyMethod): string => {
  const fields = exampleFields(method)
    .map(([key, value]) => `    [${quote(key)}, ${quote(value)}],`)
    .join('\n');
  return `const response = await fetch(${quote(EXAMPLE_URL)}, {
  method: 'POST',
  body: new URLSearchParams([
${fields}
  ]),
});
const answer = await response.json();`;
};

/** Python's `requests`, which sends `data` as a form. */
export const pythonSample = (method: AnyMethod): string => {
  const fields = exampleFields(method)
    .map(([key, value]) => `        ${quote(key)}: ${quote(value)},`)
    .join('\n');
  return `import requests

response = requests.post(
    ${quote(EXAMPLE_URL)},
    data={
${fields}
    },
)
answer = response.json()`;
};

/** Each method's samples, in the order the docs show them; the mock's tests run each against the mock. */
export const codeSamples = (method: AnyMethod) => [
  { lang: 'Shell', label: 'curl', source: curlSample(method) },
  { lang: 'PHP', label: 'PHP', source: phpSample(method) },
  { lang: 'JavaScript', label: 'JavaScript', source: fetchSample(method) },
  { lang: 'TypeScript', label: 'Typed client', source: typescriptSample(method) },
  { lang: 'Python', label: 'Python', source: pythonSample(method) },
];
