import type { Config } from '../config.js';
import type { Services } from './index.js';

/** The services the configuration enables. */
export const createServices = (_config: Config): Services => ({});
