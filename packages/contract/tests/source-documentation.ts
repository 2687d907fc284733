/**
 * Reads the source documentation (spec/ at the repository root) so that tests can compare the
 * contract with it: the method and webhook lists, and each method's documented arguments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const specDir = join(import.meta.dirname, '..', '..', '..', 'spec');
const read = (file: string) => readFileSync(join(specDir, file), 'utf8');
const lines = (file: string) =>
  read(file)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const documentedMethods = lines('methods.txt');
export const documentedWebhooks = lines('webhooks.txt');

/** The argument names of each method, as the documentation's "Arguments" blocks list them. */
export const documentedArguments = (): Map<string, string[]> => {
  const text = read('support-board-web-api.txt')
    .split('\n')
    .map((line) => line.trim());
  const result = new Map<string, string[]>();
  for (const method of documentedMethods) {
    // A method's section starts with its name on a line of its own, followed by its summary.
    const start = text.findIndex((line, i) => line === method && text.slice(i + 1, i + 6).includes('Arguments'));
    if (start < 0) throw new Error(`no section for ${method}`);
    const argsAt = text.indexOf('Arguments', start);
    const responseAt = text.indexOf('Response', argsAt);
    const names = text.slice(argsAt + 1, responseAt).filter((line) => /^[a-z][a-z_]*$/.test(line));
    result.set(method, names);
  }
  return result;
};
