import { ValidationFailure } from '@support-board/contract';
import type { Answer } from './api.js';

/** The three documented answer shapes, or something else. */
export type Shape =
  | { kind: 'success'; response: unknown }
  | { kind: 'validation'; code: string }
  /** `message` as text: an object (3.3's `db-error`, `{"error":{"message":...}}`) as its JSON. */
  | { kind: 'error'; code: string; message?: string; argument?: string }
  | { kind: 'invalid'; why: string };

const text = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined || value === null ? undefined : JSON.stringify(value);

export const shapeOf = (answer: Pick<Answer, 'status' | 'text' | 'body'>): Shape => {
  const body = answer.body;
  if (body === undefined) {
    return {
      kind: 'invalid',
      why: answer.text === '' ? 'an empty body' : `a body that is not JSON (HTTP ${answer.status})`,
    };
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    if (record.success === true && Object.hasOwn(record, 'response'))
      return { kind: 'success', response: record.response };
    const validation = ValidationFailure.safeParse(body);
    if (validation.success) return { kind: 'validation', code: validation.data.response };
    if (record.status === 'error' && typeof record.response === 'string') {
      const message = text(record.message);
      const argument = text(record.argument);
      return {
        kind: 'error',
        code: record.response,
        ...(message ? { message } : {}),
        ...(argument ? { argument } : {}),
      };
    }
  }
  return { kind: 'invalid', why: 'JSON in none of the three documented shapes' };
};

/** How a finding names an answer's shape. */
export const describeShape = (shape: Shape): string => {
  switch (shape.kind) {
    case 'success':
      return 'a success answer';
    case 'validation':
      return `the validation failure "${shape.code}"`;
    case 'error':
      return `the error "${shape.code}"`;
    default:
      return shape.why;
  }
};

/** The body of an answer as a finding shows it. */
export const showAnswer = (answer: Answer): string => {
  const text = answer.text.length > 200 ? `${answer.text.slice(0, 200)}…` : answer.text;
  return answer.status === 200 ? text || '(empty body)' : `HTTP ${answer.status}: ${text || '(empty body)'}`;
};

/** Shapes of the contract's error codes: `validation` codes answer `success:false`, the rest `status:"error"`. */
export const SHAPE_TEXT = {
  validation: (code: string) => `{"success":false,"response":"${code}"}`,
  error: (code: string) => `{"status":"error","response":"${code}","message":"..."}`,
} as const;
