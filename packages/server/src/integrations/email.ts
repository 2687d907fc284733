import { createTransport } from 'nodemailer';
import type { Config } from '../config.js';
import { ServiceError } from './errors.js';
import { SERVICE_TIMEOUT_MS } from './http.js';
import type { EmailService } from './index.js';

interface SmtpFailure {
  code?: string;
  response?: string;
  originalCode?: string;
}

/**
 * Why the mail server did not take the email, in its own words when it answered (`550 5.1.1 ...`),
 * otherwise nodemailer's error code. Never the URL, which holds the SMTP password.
 */
const smtpReason = (error: unknown) => {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
  if (failure.code === 'EAUTH')
    return `the mail server refused the login${failure.response ? `: ${failure.response}` : ''}`;
  if (failure.response) return `the mail server refused the email: ${failure.response}`;
  if (failure.code === 'ETIMEDOUT' || failure.code === 'EABORT') return 'the mail server did not answer in time';
  const code = failure.originalCode ?? failure.code;
  return `the mail server could not be reached${code ? ` (${code})` : ''}`;
};

/**
 * Email over SMTP (`SMTP_URL`, e.g. `smtps://user:password@smtp.example.com`), one connection per
 * email, each step bounded by a timeout.
 */
export const createEmailService = (
  smtp: NonNullable<Config['smtp']>,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): EmailService => {
  const transport = createTransport({
    url: smtp.url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({
          from: smtp.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          signal: AbortSignal.timeout(timeoutMs * 3),
        });
      } catch (error) {
        throw new ServiceError('Email', smtpReason(error));
      }
    },
  };
};
