/**
 * Reading a request body into its form fields, each a string, as PHP's `$_POST` would hold them.
 * JSON bodies (accepted by the reference server, not by the original) are flattened to the same
 * strings: numbers and booleans as text, arrays and objects as JSON text.
 */
import { formValue } from './encode.js';

export type Fields = Record<string, string>;

export const fieldsFromUrlEncoded = (text: string): Fields => {
  const fields: Fields = {};
  // A repeated field keeps its last value, as PHP's $_POST does.
  for (const [key, value] of new URLSearchParams(text)) fields[key] = value;
  return fields;
};

export const fieldsFromFormData = (form: FormData): Fields => {
  const fields: Fields = {};
  for (const [key, value] of form) {
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
};

export const fieldsFromJson = (value: unknown): Fields | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields: Fields = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) continue;
    fields[key] = formValue(item);
  }
  return fields;
};

export type BodyKind = 'urlencoded' | 'multipart' | 'json' | 'other';

/** Which reader a Content-Type calls for. A missing type is read as a form, as curl sends one. */
export const bodyKind = (contentType: string | null | undefined): BodyKind => {
  const end = contentType?.indexOf(';') ?? -1;
  const type = (end < 0 ? (contentType ?? '') : contentType!.slice(0, end)).trim().toLowerCase();
  if (type === '' || type === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (type === 'multipart/form-data') return 'multipart';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return 'other';
};

/**
 * Reads a Fetch API `Request` into fields. Unreadable bodies give no fields, which the dispatcher
 * then answers as `missing-function-name`, as the original does.
 */
export const readFields = (request: Request): Promise<Fields> => {
  const kind = bodyKind(request.headers.get('content-type'));
  // A form, nearly every call: read without a further async step.
  return kind === 'urlencoded' ? request.text().then(fieldsFromUrlEncoded) : readOtherFields(request, kind);
};

const readOtherFields = async (request: Request, kind: Exclude<BodyKind, 'urlencoded'>): Promise<Fields> => {
  switch (kind) {
    case 'multipart':
      try {
        return fieldsFromFormData(await request.formData());
      } catch {
        return {};
      }
    case 'json':
      try {
        return fieldsFromJson(JSON.parse(await request.text())) ?? {};
      } catch {
        return {};
      }
    default:
      return {};
  }
};
