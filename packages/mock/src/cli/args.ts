import { parseArgs } from 'node:util';
import { apiVersions, isApiVersion } from '@support-board/contract';
import { MODES, type MockMode } from '../core/options.js';
import type { StartOptions } from '../node/server.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'serve'; options: StartOptions }
  | { kind: 'send-webhook'; name: string | undefined; data: string | undefined; url: string; token: string };

/** The token send-webhook sends when neither --token nor MOCK_TOKEN is given: a mock takes any by default. */
export const PLACEHOLDER_TOKEN = 'mock';

const integer = (flag: string, text: string, max: number) => {
  if (!/^\d+$/.test(text) || Number(text) > max) throw new Error(`--${flag} must be a whole number up to ${max}`);
  return Number(text);
};

/** Reads the command line; throws an Error with a readable message for bad flags. */
export const parseCommand = (argv: string[], env: NodeJS.ProcessEnv = process.env): Command => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      mode: { type: 'string', short: 'm' },
      'api-version': { type: 'string' },
      seed: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-key': { type: 'string' },
      'webhook-secret': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      token: { type: 'string' },
      data: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (values.help) return { kind: 'help' };
  const [command, name, ...rest] = positionals;
  if (command === 'send-webhook') {
    if (rest.length) throw new Error(`unexpected argument: ${rest[0]}`);
    const token = values.token || env.MOCK_TOKEN || PLACEHOLDER_TOKEN;
    return { kind: 'send-webhook', name, data: values.data, url: values.url ?? 'http://127.0.0.1:4010', token };
  }
  if (command !== undefined) throw new Error(`unknown command: ${command}`);
  const mode = values.mode ?? 'static';
  if (!(MODES as readonly string[]).includes(mode)) throw new Error(`--mode must be one of ${MODES.join(', ')}`);
  const apiVersion = values['api-version'];
  if (apiVersion !== undefined && !isApiVersion(apiVersion)) {
    throw new Error(`--api-version must be one of ${apiVersions.join(', ')}`);
  }
  const port = values.port ?? env.PORT;
  const token = values.token ?? (env.MOCK_TOKEN || undefined);
  if (token !== undefined && !token.trim()) throw new Error('--token must not be empty');
  const options: StartOptions = {
    mode: mode as MockMode,
    ...(apiVersion ? { apiVersion } : {}),
    port: port === undefined ? 4010 : integer('port', port, 65_535),
    ...(values.host ? { host: values.host } : {}),
    ...(values.seed === undefined ? {} : { seed: integer('seed', values.seed, 2 ** 32 - 1) }),
    ...(values['webhook-url'] ? { webhookUrl: new URL(values['webhook-url']).href } : {}),
    ...(values['webhook-key'] === undefined ? {} : { webhookKey: values['webhook-key'] }),
    ...(values['webhook-secret'] ? { webhookSecret: values['webhook-secret'] } : {}),
    ...(values.quiet ? { log: false as const } : {}),
    ...(token === undefined ? {} : { token }),
  };
  return { kind: 'serve', options };
};
