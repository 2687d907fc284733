import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * Shared by every package's vitest config: workspace packages resolve to their TypeScript sources
 * (the `source` export condition), so tests never run against a stale build.
 */
export const project = (name: string, extra: Parameters<typeof defineProject>[0] = {}) =>
  defineProject({
    ...extra,
    resolve: { conditions: ['source', ...defaultServerConditions] },
    ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
    test: { name, ...extra.test },
  });
