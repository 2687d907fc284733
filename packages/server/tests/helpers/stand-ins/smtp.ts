import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** The envelope: MAIL FROM and RCPT TO. */
  from: string;
  to: string[];
  /** The logged-in user, when the client authenticated. */
  user?: string;
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

const decodeQuotedPrintable = (text: string) => {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
};

/** RFC 2047 words in headers: `=?UTF-8?B?...?=` and `=?UTF-8?Q?...?=`. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );

interface Part {
  headers: Record<string, string>;
  body: string;
}

const parsePart = (raw: string): Part => {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
};

const decodeBody = (part: Part) => {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
};

/** The text and HTML bodies of a message, through nested multiparts. */
const bodies = (part: Part, found: { text: string; html: string }) => {
  const type = part.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      bodies(parsePart(section.replace(/^\r?\n/, '')), found);
    }
  } else if (type.toLowerCase().startsWith('text/html')) {
    found.html = decodeBody(part).replace(/\r\n/g, '\n');
  } else if (type.toLowerCase().startsWith('text/plain')) {
    found.text = decodeBody(part).replace(/\r\n/g, '\n');
  }
  return found;
};

/**
 * A real SMTP server (`smtp-server`) on 127.0.0.1 that keeps every email it accepts, decoded
 * enough to check: headers, subject, text and HTML parts. With `auth` it wants a login (PLAIN or
 * LOGIN, over the plain connection, as a local relay may); `rejectRecipient` refuses addresses
 * with `550 5.1.1`, as a server refuses an unknown mailbox.
 */
export const startSmtpStandIn = async ({
  auth,
  rejectRecipient = () => false,
  hold = false,
}: {
  auth?: { user: string; pass: string };
  rejectRecipient?: (address: string) => boolean;
  /** Keep each email's final answer (`250`) until `release()`: a slow mail server, the sender waiting. */
  hold?: boolean;
} = {}) => {
  const emails: ReceivedEmail[] = [];
  const waiters: (() => void)[] = [];
  const held: (() => void)[] = [];
  let holding = hold;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    onAuth(login, _session, callback) {
      if (auth && login.username === auth.user && login.password === auth.pass) {
        callback(null, { user: login.username });
        return;
      }
      const error = new Error('Invalid username or password') as Error & { responseCode: number };
      error.responseCode = 535;
      callback(error);
    },
    onRcptTo(address, _session, callback) {
      if (!rejectRecipient(address.address)) {
        callback();
        return;
      }
      const error = new Error(`5.1.1 <${address.address}>: Recipient address rejected`) as Error & {
        responseCode: number;
      };
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const message = parsePart(raw);
        const found = bodies(message, { text: '', html: '' });
        const mailFrom = session.envelope.mailFrom;
        emails.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...(typeof session.user === 'string' ? { user: session.user } : {}),
          headers: message.headers,
          subject: decodeWords(message.headers.subject ?? ''),
          ...found,
          raw,
        });
        if (holding) held.push(() => callback());
        else callback();
        for (const wake of waiters.splice(0)) wake();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : '';

  /** Resolves once `count` emails arrived (or rejects after `timeoutMs`). */
  const waitForEmails = async (count: number, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (emails.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} emails, got ${emails.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return emails;
  };

  return {
    /** What `SMTP_URL` is set to. */
    url: `smtp://${credentials}127.0.0.1:${port}`,
    port,
    emails,
    waitForEmails,
    /** Answers the emails held so far, and every later one at once. */
    release: () => {
      holding = false;
      for (const answer of held.splice(0)) answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
