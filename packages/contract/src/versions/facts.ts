import type { LaterVersion, VersionFact } from './define.js';

/**
 * How a later version differs for the whole API rather than one method or error code (those carry
 * their own facts: `method.versions`, `errorCodes[code].versions`).
 */
export const apiVersionFacts: { [V in LaterVersion]: VersionFact[] } = {
  '3.3': [
    {
      id: 'more-functions',
      topic: 'More functions answer',
      evidence:
        '3.3.6\'s table of functions has 111 names: the documented ones (with `wp-synch` renamed) and 61 the chat and admin area use (`get-agents-ids`, `get-avatar`, `send-sms`, `automations-get`, ...). `function=get-agents-ids` → `{"success":true,"response":[1]}` where 3.0 answers `function-not-found`. The contract describes the documented methods only.',
    },
    {
      id: 'webhooks-front-end',
      topic: 'Webhooks are still sent by the chat front end, one more exists',
      evidence:
        "3.3.6's `main.js` maps the same 14 front-end events to the same webhook names and data, and adds `sms-sent`; no API call sends a webhook (the server sends them from 3.7 on).",
    },
  ],
};
