import { project } from '../../vitest.shared.js';

// Starting a server on a fresh database takes a second or two; building the embedded database's
// template (once per machine and schema) takes longer on a loaded machine.
export default project('server', { test: { hookTimeout: 60_000, testTimeout: 30_000 } });
