import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { notConfiguredReason } from '../integrations/not-configured.js';
import { UNKNOWN_ID } from './fixture-args.js';

/** send-email codes come after the email server is known: without one, the check does not apply. */
const emailRefusal = (code: string, args: (fx: Awaited<ReturnType<CheckContext['base']>>) => object) =>
  defineCheck({
    id: `negative/error-code/send-email/${code}`,
    title: `send-email answers ${code}`,
    area: 'negative',
    methods: ['send-email'],
    tags: ['error-code', 'email'],
    provokes: { 'send-email': [code] },
    async run(t) {
      const answer = await t.answer('send-email', args(await t.base()) as never);
      const reason = notConfiguredReason('send-email', answer);
      if (reason) t.skip(reason);
      t.expectRefusal('send-email', answer, code);
    },
  });

/** send-email's documented error codes; skipped when the target answers that it has no email server first. */
export const emailErrorCodeChecks: Check[] = [
  emailRefusal('missing-user-id-or-message', (fx) => ({ recipient_id: fx.customer.id, message: '' })),
  emailRefusal('user-email-not-found', (fx) => ({ recipient_id: fx.visitor.id, message: 'Hello' })),
  emailRefusal('user-or-sender-not-found', () => ({ recipient_id: UNKNOWN_ID, message: 'Hello' })),
];
