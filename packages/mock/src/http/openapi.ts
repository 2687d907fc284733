import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let text: string | null | undefined;

/**
 * The contract's OpenAPI document, as the contract's build writes it (`openapi.json`); undefined
 * when the contract has not been built.
 */
export const openApiText = (): string | undefined => {
  if (text === undefined) {
    try {
      text = readFileSync(require.resolve('@support-board/contract/openapi.json'), 'utf8');
    } catch {
      text = null;
    }
  }
  return text ?? undefined;
};
