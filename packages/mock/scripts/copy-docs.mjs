/**
 * Part of the build: the docs site (one HTML page, built by the private @support-board/docs) becomes
 * an asset the mock carries, dist/docs.html, which /docs serves. The package then needs no docs
 * package once installed; turbo builds the docs first (a development dependency of the mock).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let page;
try {
  page = require.resolve('@support-board/docs/index.html');
} catch {}
if (!page || !existsSync(page)) {
  console.error(
    'The docs site is not built: pnpm exec turbo run build --filter=@support-board/mock... builds it first.',
  );
  process.exit(1);
}
copyFileSync(page, new URL('../dist/docs.html', import.meta.url));
