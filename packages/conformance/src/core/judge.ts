import {
  type ApiVersion,
  type DispatcherErrorCode,
  errorAnswer,
  errorCodes,
  isErrorCode,
  type MethodName,
  methods,
  responseSchema,
} from '@support-board/contract';
import type { Answer } from './api.js';
import { SHAPE_TEXT, type Shape, shapeOf, showAnswer } from './envelope.js';
import { schemaFindings } from './schema-findings.js';
import type { FindingInput } from './types.js';
import { deepEqual, show } from './values.js';

const SHAPE_NAME = { validation: 'a validation failure (success:false)', error: 'an error (status:"error")' } as const;

const expectedBody = (code: string) =>
  isErrorCode(code) && errorCodes[code].shape === 'validation' ? SHAPE_TEXT.validation(code) : SHAPE_TEXT.error(code);

const http200 = (name: string | undefined, answer: Answer): FindingInput[] =>
  answer.status === 200
    ? []
    : [
        {
          ...(name ? { method: name } : {}),
          path: 'HTTP status',
          expected: '200 (every answer of the original is HTTP 200, errors included)',
          received: String(answer.status),
        },
      ];

/**
 * Judges an answer that must be a success of `name` whose `response` matches the contract, as
 * `version` answers it. `usable` is false when the check cannot go on with it (not a success, or not
 * the contract's shape).
 */
export const judgeSuccess = (
  name: MethodName,
  answer: Answer,
  version: ApiVersion,
): { response: unknown; findings: FindingInput[]; usable: boolean } => {
  const shape = shapeOf(answer);
  if (shape.kind !== 'success') {
    return {
      response: undefined,
      usable: false,
      findings: [{ method: name, path: '$', expected: 'a success answer', received: showAnswer(answer) }],
    };
  }
  const schema = schemaFindings(responseSchema(methods[name], version), shape.response, { check: '', method: name });
  return {
    response: shape.response,
    usable: schema.length === 0,
    findings: [...http200(name, answer), ...schema.map(({ check: _, ...finding }) => finding)],
  };
};

/** Judges an answer that must refuse the call with one of `codes`, each in the shape the contract gives it. */
export const judgeRefusal = (
  name: string | undefined,
  answer: Answer,
  codes: string[],
): { shape: Shape; findings: FindingInput[] } => {
  const shape = shapeOf(answer);
  const method = name ? { method: name } : {};
  if (shape.kind === 'success' || shape.kind === 'invalid') {
    return {
      shape,
      findings: [
        { ...method, path: '$', expected: codes.map(expectedBody).join(' or '), received: showAnswer(answer) },
      ],
    };
  }
  const findings = http200(name, answer);
  const code = shape.code;
  if (!codes.includes(code)) {
    findings.push({
      ...method,
      path: '$.response',
      expected: codes.map((c) => `"${c}"`).join(' or '),
      received: show(code),
    });
  } else if (isErrorCode(code) && errorCodes[code].shape !== shape.kind) {
    findings.push({
      ...method,
      path: '$',
      expected: expectedBody(code),
      received: showAnswer(answer),
      hint: `"${code}" travels as ${SHAPE_NAME[errorCodes[code].shape]} in the original.`,
    });
  }
  return { shape, findings };
};

/** What fills a dispatcher message's `{placeholders}` (`{function}` of function-not-found, say). */
export type ErrorFill = Parameters<typeof errorAnswer>[1];

/**
 * Judges an answer that must be the dispatcher's refusal `code`, exactly (as JSON) as the contract
 * builds it for `version`: `{"status":"error","response":code,"message":<the original's message>}`,
 * no other key.
 */
export const judgeExactError = (
  name: string | undefined,
  answer: Answer,
  code: DispatcherErrorCode,
  version: ApiVersion,
  fill: ErrorFill = {},
): { shape: Shape; findings: FindingInput[] } => {
  const expected = JSON.stringify(errorAnswer(code, fill, version));
  const judged = judgeRefusal(name, answer, [code]);
  if (judged.findings.length) {
    // A success or a body in none of the shapes: say which body exactly was expected.
    return { ...judged, findings: judged.findings.map((f) => (f.path === '$' ? { ...f, expected } : f)) };
  }
  if (!deepEqual(answer.body, JSON.parse(expected))) {
    judged.findings.push({
      ...(name ? { method: name } : {}),
      path: '$',
      expected,
      received: showAnswer(answer),
      hint: `The dispatcher's errors travel exactly as the original sends them: "status", "response" and the original's "message" word for word, and no other key (integrations compare them).`,
    });
  }
  return judged;
};
