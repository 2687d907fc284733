import type { LogLevel } from './config.js';

export type Logger = Record<Exclude<LogLevel, 'silent'>, (message: string, fields?: Record<string, unknown>) => void>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Structured logs: one JSON object a line, on stdout (errors on stderr). */
export const createLogger = (
  level: LogLevel,
  write = (line: string, error: boolean) => (error ? process.stderr : process.stdout).write(line),
): Logger => {
  const at =
    (name: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (rank[name] < rank[level]) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: name, msg: message, ...fields })}\n`,
        name === 'error',
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
};
