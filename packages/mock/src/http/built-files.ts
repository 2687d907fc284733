import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A file that another package of the workspace builds, read once; undefined while it is not built. */
const builtFile = (specifier: string) => {
  let text: string | null | undefined;
  return (): string | undefined => {
    if (text === undefined) {
      try {
        text = readFileSync(require.resolve(specifier), 'utf8');
      } catch {
        text = null;
      }
    }
    return text ?? undefined;
  };
};

/** The contract's OpenAPI document (`openapi.json`), as the contract's build writes it. */
export const openApiText = builtFile('@support-board/contract/openapi.json');

/** The docs site, one page (`docs/dist/index.html`), as the reference server serves it at `/docs` too. */
export const builtDocs = builtFile('@support-board/docs/index.html');
