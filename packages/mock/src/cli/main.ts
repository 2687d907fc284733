import { startMock } from '../node/server.js';
import { parseCommand } from './args.js';
import { HELP } from './help.js';
import { type Output, sendWebhook } from './send-webhook.js';

const stdio: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the command line; resolves with the exit code (serving resolves once the mock is listening). */
export const main = async (argv: string[], io: Output = stdio): Promise<number> => {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv);
  } catch (error) {
    io.err(`sb-mock: ${error instanceof Error ? error.message : String(error)}\nRun sb-mock --help for the options.`);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(HELP);
    return 0;
  }
  if (command.kind === 'send-webhook') return sendWebhook(command, io);

  const { options } = command;
  let mock: Awaited<ReturnType<typeof startMock>>;
  try {
    mock = await startMock(options);
  } catch (error) {
    const inUse = (error as { code?: string }).code === 'EADDRINUSE';
    io.err(`sb-mock: ${inUse ? `port ${options.port} is in use; pick another with --port` : String(error)}`);
    return 1;
  }
  const webhooks = options.webhookUrl
    ? `${options.webhookUrl}${options.webhookSecret ? ' (signed)' : ''}`
    : 'none (--webhook-url)';
  io.out(
    [
      `Support Board API mock, ${mock.app.mock.options.mode} mode, API ${mock.app.mock.options.apiVersion}, on ${mock.url}`,
      `  API       POST ${mock.apiUrl} (${options.token ? 'the --token token' : 'any non-empty token'})`,
      `  OpenAPI   ${mock.url}/openapi.json`,
      `  Webhooks  ${webhooks}`,
      '  Admin     POST /admin/webhooks/<name>, GET /admin/webhooks, POST /admin/reset (Authorization: Bearer <token>)',
      '  Prefer: example=<name> | code=<error-code> | delay=<ms>. Ctrl-C stops.',
    ].join('\n'),
  );
  const stop = () => {
    void mock.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
};
