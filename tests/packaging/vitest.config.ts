import { project } from '../../vitest.shared.js';

// Packing, a real npm install and a conformance run take a while on a loaded machine.
export default project('packaging', { test: { hookTimeout: 600_000, testTimeout: 180_000 } });
