import { project } from '../vitest.shared.js';

// The site test may build the site first and starts a browser: its hooks and tests get more time.
export default project('docs', { test: { hookTimeout: 240_000, testTimeout: 60_000 } });
