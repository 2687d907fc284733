import { z } from 'zod';

/**
 * The three answer shapes of the API, all sent with HTTP 200 as the original does:
 * success, validation failure, and the dispatcher's error.
 */
export const successEnvelope = <T extends z.ZodType>(response: T) => z.object({ success: z.literal(true), response });

/** The success shape whatever the method: each operation of the document narrows `response`. */
export const SuccessAnswer = successEnvelope(z.unknown().describe("The method's answer.")).meta({
  id: 'SuccessAnswer',
  description: 'The method succeeded: `{"success":true,"response":...}`. HTTP 200. `false` and `[]` are successes too.',
});

export const ValidationFailure = z
  .object({
    success: z.literal(false),
    response: z.string().describe('The error code, e.g. `duplicate-email`.'),
  })
  .meta({
    id: 'ValidationFailure',
    description: 'A method refused the arguments: `{"success":false,"response":"<code>"}`. HTTP 200.',
  });

export const ErrorAnswer = z
  .object({
    status: z.literal('error'),
    response: z.string().describe('The error code, e.g. `invalid-token`.'),
    message: z.string().optional().describe('A human-readable explanation; absent for some codes.'),
    argument: z.string().optional().describe('Reference-server extension: the argument that is missing or invalid.'),
  })
  .meta({
    id: 'ErrorAnswer',
    description:
      'The dispatcher refused the call, or a hard failure: `{"status":"error","response":"<code>","message":"..."}`. No `success` key. HTTP 200.',
  });

export type ValidationFailure = z.infer<typeof ValidationFailure>;
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;
