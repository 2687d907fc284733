import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createEmailService } from '../../src/integrations/email.js';
import { ServiceError } from '../../src/integrations/errors.js';
import { closedPort } from '../helpers/stand-ins/http.js';
import { startSmtpStandIn } from '../helpers/stand-ins/smtp.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { addConversation, addUser, queuedWebhooks, startWithReceiver } from './fixtures.js';

// Each test makes several HTTP round trips through a server on a shared machine: room for a slow CI.
vi.setConfig({ testTimeout: 20_000 });

const auth = { user: 'mailer', pass: 's3cret-pass' };
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
let setup: Awaited<ReturnType<typeof startWithReceiver>>;
let t: TestServer;
let bare: TestServer;

beforeAll(async () => {
  smtp = await startSmtpStandIn({ auth, rejectRecipient: (address) => address.startsWith('refused') });
  setup = await startWithReceiver({ SMTP_URL: smtp.url, EMAIL_FROM: 'Support <support@example.com>' });
  t = setup.t;
  bare = await startTestServer();
}, 60_000);
afterAll(async () => {
  await setup?.close();
  await bare?.close();
  await smtp?.close();
});

/** The emails that arrived during `run`. */
const emailsDuring = async (run: () => Promise<unknown>) => {
  const before = smtp.emails.length;
  await run();
  return smtp.emails.slice(before);
};

describe('the email client, against a real SMTP server', () => {
  const service = (url = smtp.url, timeoutMs = 5000) =>
    createEmailService({ url, from: 'Support <support@example.com>' }, { timeoutMs });
  const message = { to: 'don@example.com', subject: 'Hello', text: 'Plain text', html: '<p>Rich text</p>' };

  test('logs in and delivers the text and HTML parts, from the configured sender', async () => {
    const [email] = await emailsDuring(() => service().send({ ...message, replyTo: 'alex@example.com' }));
    expect(email).toMatchObject({ from: 'support@example.com', to: ['don@example.com'], user: 'mailer' });
    expect(email!.subject).toBe('Hello');
    expect(email!.text.trim()).toBe('Plain text');
    expect(email!.html.trim()).toBe('<p>Rich text</p>');
    expect(email!.headers['reply-to']).toBe('alex@example.com');
    expect(email!.headers.from).toBe('Support <support@example.com>');
  });

  test('a wrong password is a ServiceError that does not repeat the password', async () => {
    const wrong = smtp.url.replace('s3cret-pass', 'not-the-pass');
    const error = await service(wrong)
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).reason).toBe('the mail server refused the login: 535 Invalid username or password');
    expect((error as Error).message).not.toContain('not-the-pass');
  });

  test("a refused recipient is a ServiceError with the server's answer", async () => {
    const error = await service()
      .send({ ...message, to: 'refused@example.com' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).reason).toMatch(/^the mail server refused the email: 550 /);
  });

  test('an unreachable server is a ServiceError naming the network error', async () => {
    const error = await service(`smtp://127.0.0.1:${await closedPort()}`)
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).reason).toBe('the mail server could not be reached (ECONNREFUSED)');
  });

  test('a server that never greets is given up after the timeout', async () => {
    const sockets: Socket[] = [];
    const silent = await new Promise<Server>((resolve) => {
      const server = createServer((socket) => sockets.push(socket));
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    const error = await service(`smtp://127.0.0.1:${port}`, 300)
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).reason).toBe('the mail server did not answer in time');
    expect(Date.now() - started).toBeLessThan(5000);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
});

describe('send-email', () => {
  test('emails the recipient with the user template, from the calling admin, and fires email-sent', async () => {
    const recipient = await addUser(t.sql, { email: 'don@example.com' });
    const attachments: [string, string][] = [['Invoice.pdf', 'https://example.com/invoice.pdf']];
    const emails = await emailsDuring(async () => {
      expect(
        await t.client.request('send-email', {
          recipient_id: recipient,
          message: 'Your <b>order</b> shipped',
          attachments,
        }),
      ).toEqual({ success: true, response: true });
    });
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email!.to).toEqual(['don@example.com']);
    expect(email!.subject).toBe('New message from Alex Smith');
    expect(email!.headers['reply-to']).toBe('admin@example.com');
    expect(email!.text).toContain('Your <b>order</b> shipped');
    expect(email!.text).toContain('Invoice.pdf: https://example.com/invoice.pdf');
    expect(email!.html).toContain('Your &lt;b&gt;order&lt;/b&gt; shipped');
    expect(email!.html).toContain('<a href="https://example.com/invoice.pdf"');
    const delivered = () =>
      setup.receiver
        .delivered()
        .find((d) => d.json.function === 'email-sent' && (d.json.data as any).recipient_id === String(recipient));
    await expect.poll(delivered).toBeTruthy();
    expect(delivered()!.json).toMatchObject({ key: 'test-key' });
    expect(delivered()!.json.data).toEqual({
      recipient_id: String(recipient),
      message: 'Your <b>order</b> shipped',
      attachments,
    });
  });

  test('sender_id picks the sender; email-sent has no attachments key without attachments', async () => {
    const recipient = await addUser(t.sql, { email: 'ann@example.com', first_name: 'Ann' });
    const sender = await addUser(t.sql, {
      first_name: 'Rita',
      last_name: 'Agent',
      email: 'rita@example.com',
      user_type: 'agent',
    });
    const [email] = await emailsDuring(() =>
      t.client.call('send-email', { recipient_id: recipient, message: 'Hi Ann', sender_id: sender }),
    );
    expect(email!.subject).toBe('New message from Rita Agent');
    expect(email!.headers['reply-to']).toBe('rita@example.com');
    const queued = await queuedWebhooks(t.sql, 'email-sent');
    expect(queued.at(-1)!.data).toEqual({ recipient_id: String(recipient), message: 'Hi Ann' });
  });

  test('an agent recipient also gets the user template (the original always uses it)', async () => {
    const agent = await addUser(t.sql, { email: 'agent@example.com', user_type: 'agent' });
    const [email] = await emailsDuring(() => t.client.call('send-email', { recipient_id: agent, message: 'FYI' }));
    expect(email!.subject).toBe('New message from Alex Smith');
  });

  test('an empty or "0" message, or an empty, "0" or malformed recipient: missing-user-id-or-message', async () => {
    const recipient = await addUser(t.sql, { email: 'zero@example.com' });
    const emails = await emailsDuring(async () => {
      for (const fields of [
        { recipient_id: String(recipient), message: '' },
        { recipient_id: String(recipient), message: '0' },
        { recipient_id: '', message: 'Hello' },
        { recipient_id: '0', message: 'Hello' },
        { recipient_id: 'abc', message: 'Hello' },
      ]) {
        expect(await t.post({ function: 'send-email', token: t.token, ...fields })).toEqual({
          success: false,
          response: 'missing-user-id-or-message',
        });
      }
    });
    expect(emails).toHaveLength(0);
  });

  test('an unknown recipient or sender: user-or-sender-not-found, without a message key', async () => {
    const recipient = await addUser(t.sql, { email: 'known@example.com' });
    expect(await t.client.request('send-email', { recipient_id: 999_999, message: 'Hello' })).toEqual({
      status: 'error',
      response: 'user-or-sender-not-found',
    });
    expect(
      await t.client.request('send-email', { recipient_id: recipient, message: 'Hello', sender_id: 999_999 }),
    ).toEqual({ status: 'error', response: 'user-or-sender-not-found' });
  });

  test('a recipient without an email: user-email-not-found', async () => {
    const visitor = await addUser(t.sql, { email: null, user_type: 'visitor' });
    expect(await t.client.request('send-email', { recipient_id: visitor, message: 'Hello' })).toEqual({
      success: false,
      response: 'user-email-not-found',
    });
  });

  test("a refused email: email-error with the server's reason, and no email-sent", async () => {
    const recipient = await addUser(t.sql, { email: 'refused@example.com' });
    const before = (await queuedWebhooks(t.sql, 'email-sent')).length;
    const answer = await t.client.request('send-email', { recipient_id: recipient, message: 'Hello' });
    expect(answer).toMatchObject({ status: 'error', response: 'email-error' });
    expect((answer as { message: string }).message).toMatch(/^the mail server refused the email: 550 /);
    expect(await queuedWebhooks(t.sql, 'email-sent')).toHaveLength(before);
  });

  test('without an email server: email-error, never false', async () => {
    const recipient = await addUser(bare.sql, { email: 'don@example.com' });
    expect(await bare.client.request('send-email', { recipient_id: recipient, message: 'Hello' })).toEqual({
      status: 'error',
      response: 'email-error',
      message: 'No email server is configured.',
    });
  });
});

describe('update-conversation-department', () => {
  test('without a message it moves the conversation and emails nobody', async () => {
    const customer = await addUser(t.sql);
    const conversation = await addConversation(t.sql, customer, 'Help');
    const emails = await emailsDuring(async () => {
      expect(
        await t.client.request('update-conversation-department', { conversation_id: conversation, department: 3 }),
      ).toEqual({ success: true, response: true });
    });
    expect(emails).toHaveLength(0);
    expect((await t.sql`SELECT department FROM conversations WHERE id = ${conversation}`)[0]).toEqual({
      department: '3',
    });
  });

  test("with a message it emails the department's agents and admins with an email, one email-sent each", async () => {
    const customer = await addUser(t.sql, { first_name: 'Carla', last_name: 'Customer' });
    const conversation = await addConversation(t.sql, customer, 'Invoice question');
    const first = await addUser(t.sql, { email: 'billing1@example.com', user_type: 'agent', department: 7 });
    const second = await addUser(t.sql, { email: 'billing2@example.com', user_type: 'admin', department: 7 });
    await addUser(t.sql, { email: null, user_type: 'agent', department: 7 });
    await addUser(t.sql, { email: 'sales@example.com', user_type: 'agent', department: 8 });
    await addUser(t.sql, { email: 'customer7@example.com', user_type: 'user', department: 7 });
    const emails = await emailsDuring(() =>
      t.client.call('update-conversation-department', {
        conversation_id: conversation,
        department: 7,
        message: 'Please check the invoice',
      }),
    );
    expect(emails.map((email) => email.to[0]).sort()).toEqual(['billing1@example.com', 'billing2@example.com']);
    expect(emails[0]!.subject).toBe(`Conversation #${conversation}: a message from Alex Smith`);
    expect(emails[0]!.text).toContain('Alex Smith moved the conversation with Carla Customer to department 7');
    expect(emails[0]!.text).toContain('Please check the invoice');
    expect(emails[0]!.headers['reply-to']).toBe('admin@example.com');
    const queued = (await queuedWebhooks(t.sql, 'email-sent')).slice(-2).map((body) => body.data);
    expect(queued).toEqual([
      { recipient_id: String(first), message: 'Please check the invoice' },
      { recipient_id: String(second), message: 'Please check the invoice' },
    ]);
  });

  test('a department no agent belongs to: every agent and admin with an email is emailed', async () => {
    const customer = await addUser(t.sql);
    const conversation = await addConversation(t.sql, customer, 'Hello');
    const agents = await t.sql<{ email: string }[]>`
      SELECT email FROM users WHERE user_type IN ('agent', 'admin') AND email IS NOT NULL ORDER BY id`;
    const emails = await emailsDuring(() =>
      t.client.call('update-conversation-department', {
        conversation_id: conversation,
        department: 99,
        message: 'Anyone?',
      }),
    );
    expect(emails.map((email) => email.to[0]).sort()).toEqual(agents.map((agent) => agent.email).sort());
    expect(emails.map((email) => email.to[0])).toContain('admin@example.com');
  });

  test('an unknown conversation is answered true and emails nobody', async () => {
    const emails = await emailsDuring(async () => {
      expect(
        await t.client.request('update-conversation-department', {
          conversation_id: 987_654,
          department: 7,
          message: 'Lost?',
        }),
      ).toEqual({ success: true, response: true });
    });
    expect(emails).toHaveLength(0);
  });

  test('a department that is not an integer is refused and changes nothing', async () => {
    const customer = await addUser(t.sql);
    const conversation = await addConversation(t.sql, customer, 'Hello');
    for (const department of ['abc', '2.5', '40000']) {
      const answer = await t.post({
        function: 'update-conversation-department',
        token: t.token,
        conversation_id: String(conversation),
        department,
      });
      expect(answer).toMatchObject({ status: 'error', response: 'invalid-argument', argument: 'department' });
    }
    expect((await t.sql`SELECT department FROM conversations WHERE id = ${conversation}`)[0]).toEqual({
      department: null,
    });
  });

  test('an agent whose email is refused is skipped; the others are still emailed', async () => {
    const customer = await addUser(t.sql);
    const conversation = await addConversation(t.sql, customer, 'Hello');
    await addUser(t.sql, { email: 'refused-agent@example.com', user_type: 'agent', department: 12 });
    const kept = await addUser(t.sql, { email: 'kept-agent@example.com', user_type: 'agent', department: 12 });
    const emails = await emailsDuring(async () => {
      expect(
        await t.client.request('update-conversation-department', {
          conversation_id: conversation,
          department: 12,
          message: 'Take it',
        }),
      ).toEqual({ success: true, response: true });
    });
    expect(emails.map((email) => email.to[0])).toEqual(['kept-agent@example.com']);
    expect((await queuedWebhooks(t.sql, 'email-sent')).at(-1)!.data).toEqual({
      recipient_id: String(kept),
      message: 'Take it',
    });
  });

  test('without an email server the conversation still moves, and no email-sent is queued', async () => {
    const customer = await addUser(bare.sql);
    const conversation = await addConversation(bare.sql, customer, 'Hello');
    await addUser(bare.sql, { email: 'agent@example.com', user_type: 'agent', department: 4 });
    expect(
      await bare.client.request('update-conversation-department', {
        conversation_id: conversation,
        department: 4,
        message: 'Please help',
      }),
    ).toEqual({ success: true, response: true });
    expect((await bare.sql`SELECT department FROM conversations WHERE id = ${conversation}`)[0]).toEqual({
      department: '4',
    });
    expect(await bare.sql`SELECT 1 FROM webhook_deliveries`).toHaveLength(0);
  });
});
