import { type HttpHandler, http } from 'msw';
import { createMockCore } from './core/core.js';
import type { MockOptions } from './core/options.js';

export interface HandlersOptions extends Omit<MockOptions, 'publicUrl' | 'log'> {
  /**
   * Where the installation is, e.g. `https://example.com/supportboard`: the handlers answer
   * `<baseUrl>/include/api.php` (and the CSV exports under `<baseUrl>/uploads/`). Default: any URL
   * whose path ends in `/include/api.php`, on any host.
   */
  baseUrl?: string;
  /** Where a line per call goes, as the mock server logs them. Default: none (MSW logs requests itself). */
  log?: MockOptions['log'];
}

/** MSW's request handlers, to spread into `setupServer()` or `setupWorker()`, and the store's reset. */
export type SupportBoardHandlers = HttpHandler[] & {
  /** Stateful mode: back to the demo data, e.g. after each test. The other modes keep nothing. */
  reset(): void;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The URLs (without query) the handlers answer: `<base>/include/api.php` and `<base>/uploads/<folder>/<file>`. */
const patterns = (baseUrl: string | undefined) => {
  const base = baseUrl === undefined ? '.*' : `^${escapeRegExp(baseUrl.replace(/\/+$/, ''))}`;
  return { api: new RegExp(`${base}/include/api\\.php$`), uploads: new RegExp(`${base}/uploads/([^/]+/[^/]+)$`) };
};

/**
 * The mock of the Support Board Web API as Mock Service Worker handlers, for tests in Node
 * (`setupServer` from `msw/node`) and for apps in the browser (`setupWorker` from `msw/browser`). They
 * answer through the same core as the mock server (`sb-mock`): the same modes, `Prefer` header, tokens,
 * validation and answers. Each call of `createHandlers` has its own store.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createHandlers } from '@support-board/mock/msw';
 *
 * const mock = createHandlers({ mode: 'stateful' });
 * const server = setupServer(...mock);
 * server.listen();
 * // fetch('https://example.com/supportboard/include/api.php', ...) is answered by the mock
 * mock.reset(); // the demo data again
 */
export const createHandlers = (options: HandlersOptions = {}): SupportBoardHandlers => {
  const { baseUrl, ...rest } = options;
  const core = createMockCore({ ...rest, log: options.log ?? false, ...(baseUrl ? { publicUrl: baseUrl } : {}) });
  const { api, uploads } = patterns(baseUrl);
  const handlers = [
    http.all(api, ({ request }) => core.answer(request)),
    // Only the mock's own exports: any other file under an /uploads/ path goes on to the app's handlers or the network.
    http.get(uploads, ({ request }) => {
      const path = uploads.exec(request.url.replace(/[?#].*$/, ''))?.[1];
      return path === undefined ? undefined : core.download(path);
    }),
  ];
  return Object.assign(handlers, { reset: core.reset });
};
