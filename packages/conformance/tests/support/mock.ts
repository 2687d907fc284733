import { type StartOptions, startMock } from '@support-board/mock';
import type { Target } from './reference.js';

/** The admin token the mock is started with, so that any other token is refused as the API refuses it. */
export const MOCK_TOKEN = 'conformance-mock-token';

/**
 * The mock (@support-board/mock) in this process, over real HTTP on a loopback port, quiet, taking only
 * MOCK_TOKEN; `token: undefined` starts it as it starts by default, taking any non-empty token.
 */
export const startMockTarget = async (options: StartOptions = {}): Promise<Target> => {
  const mock = await startMock({ port: 0, log: false, token: MOCK_TOKEN, ...options });
  return { url: mock.apiUrl, token: MOCK_TOKEN, close: () => mock.close() };
};
