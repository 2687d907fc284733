import { project } from '../../vitest.shared.js';

// The tests start the reference server on a fresh embedded database (initdb and migrations take
// several seconds on a loaded machine), then run real checks over HTTP.
export default project('conformance', { test: { hookTimeout: 120_000, testTimeout: 120_000 } });
