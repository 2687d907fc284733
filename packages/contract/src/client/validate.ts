import { methods } from '../methods/index.js';
import { responseSchema } from '../versions/lookup.js';
import type { ResponseValidator } from './index.js';

/**
 * Checks an answer against the contract's schema of the method, as the client's `apiVersion`
 * answers it. Its own entry point, as it loads every method's schemas (zod and the definitions,
 * about 120 KB gzipped): for development and tests, not for a production bundle.
 *
 * @example
 * import { createClient } from '@support-board/contract/client';
 * import { validateResponse } from '@support-board/contract/client/validate';
 * const client = createClient({ url, token, validateResponses: validateResponse });
 */
export const validateResponse: ResponseValidator = (method, version, response) => {
  const checked = responseSchema(methods[method], version).safeParse(response);
  return checked.success ? undefined : checked.error.message;
};
