import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A file read once; undefined while it is not built. */
const builtFile = (locate: () => string | URL) => {
  let text: string | null | undefined;
  return (): string | undefined => {
    if (text === undefined) {
      try {
        text = readFileSync(locate(), 'utf8');
      } catch {
        text = null;
      }
    }
    return text ?? undefined;
  };
};

/** The contract's OpenAPI document (`openapi.json`), as the contract's build writes it. */
export const openApiText = builtFile(() => require.resolve('@support-board/contract/openapi.json'));

/**
 * The docs site, one page, which the mock's build copies into its dist (scripts/copy-docs.mjs). Found
 * from src/http and from dist/http alike, so that the sources serve it too once the mock is built.
 */
export const builtDocs = builtFile(() => new URL('../../dist/docs.html', import.meta.url));
