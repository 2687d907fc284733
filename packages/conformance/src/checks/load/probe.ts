import { Agent, type IncomingMessage } from 'node:http';
import { Agent as AgentTls } from 'node:https';
import { exchange } from './load-request.js';

/** What one request before a load profile learnt about the target's answers. */
export interface Probe {
  /** The answer left its connection open and said where it ends (Content-Length or chunked), as autocannon needs. */
  keepsAlive: boolean;
  /** What was seen: the status line and the framing headers, or why no answer came. */
  seen: string;
}

const framing = (answer: IncomingMessage): Probe => {
  const connection = answer.headers.connection?.toLowerCase() ?? '';
  const length = answer.headers['content-length'];
  const chunked = /chunked/i.test(answer.headers['transfer-encoding'] ?? '');
  const closes = answer.httpVersion === '1.0' ? !connection.includes('keep-alive') : connection.includes('close');
  const seen = [
    `HTTP/${answer.httpVersion} ${answer.statusCode}`,
    ...(connection ? [`Connection: ${connection}`] : []),
    length !== undefined ? `Content-Length: ${length}` : chunked ? 'chunked' : 'no Content-Length',
  ].join(', ');
  return { keepsAlive: (length !== undefined || chunked) && !closes, seen };
};

/**
 * Sends one request of a profile, asking to keep the connection alive. A target that closes it
 * instead, or sends a body that ends only when the connection closes, cannot be measured on
 * kept-alive connections; nor can one that did not answer (`seen` says why).
 */
export const probe = async (url: string, body: string, timeoutMs: number): Promise<Probe> => {
  const target = new URL(url);
  const agent = target.protocol === 'https:' ? new AgentTls({ keepAlive: true }) : new Agent({ keepAlive: true });
  try {
    const result = await exchange(target, body, { agent, timeoutMs });
    return 'answer' in result ? framing(result.answer) : { keepsAlive: false, seen: result.error };
  } finally {
    agent.destroy();
  }
};
