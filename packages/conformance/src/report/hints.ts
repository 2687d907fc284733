import type { Finding } from '../core/types.js';

/**
 * Hints for findings whose check gave none: the usual causes, with where the contract and the
 * original's behaviour say what is expected.
 */
const rules: { when: (finding: Finding) => boolean; hint: string }[] = [
  {
    when: (f) => f.expected === 'string' && /\(number\)$/.test(f.received),
    hint:
      'Values read from the database travel as strings, as the original sends them ("id":"880", "status_code":"0"); ' +
      'only computed values (new IDs, counts of ratings) are numbers.',
  },
  {
    when: (f) => f.expected === 'number' && /\(string\)$/.test(f.received),
    hint:
      'Values the original computes travel as JSON numbers: ' +
      `add-user's new ID, send-message's "message-id", get-rating's counts.`,
  },
  {
    when: (f) => /^text matching \/\^\\d\{4\}/.test(f.expected),
    hint: 'Times are UTC "YYYY-MM-DD HH:MM:SS", without a zone.',
  },
  {
    when: (f) => f.expected.startsWith('{"success":false') || f.expected.startsWith('{"status":"error"'),
    hint:
      'Errors are answered with HTTP 200: validation codes as {"success":false,"response":code}, ' +
      'dispatcher and hard failures as {"status":"error","response":code,"message":...}.',
  },
  {
    when: (f) => f.expected === 'a success answer',
    hint: 'The call is valid and uses data the suite created: it must answer {"success":true,"response":...}.',
  },
  {
    when: (f) => f.expected === 'null' && f.path.endsWith('email'),
    hint: 'An empty column is null, not "".',
  },
];

export const hintFor = (finding: Finding): { hint?: string } => {
  const rule = rules.find((r) => r.when(finding));
  return rule ? { hint: rule.hint } : {};
};
