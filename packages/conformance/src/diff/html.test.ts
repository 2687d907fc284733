import { describe, expect, test } from 'vitest';
import { diffHtml } from './html.js';
import type { DiffReport } from './run.js';

const report: DiffReport = {
  tool: 'sb-conformance diff',
  a: 'http://a.test/include/api.php',
  b: 'http://b.test/include/api.php',
  apiVersion: '3.0',
  marker: 'sbc0000000001',
  startedAt: '2026-12-07T00:00:00.000Z',
  durationMs: 1200,
  requests: { a: 3, b: 3, paired: 3, oneSideOnly: 0 },
  normalised: [{ name: 'ids', what: 'IDs are twins', applied: 4 }],
  totals: { differences: 2, explained: 1, consequences: 0, unexplained: 1, groups: 2 },
  facts: { 'is-online-boolean': 1 },
  groups: [
    {
      method: 'is-online',
      path: '$.response',
      a: '"online" (string)',
      b: 'true (boolean)',
      count: 1,
      explanation: { id: 'is-online-boolean' },
      first: { check: 'examples/is-online', index: 0, call: { function: 'is-online', user_id: '4' } },
    },
    {
      method: 'get-user',
      path: '$.response.first_name',
      a: '"<script>alert(1)</script>" (string)',
      b: '"Ann" (string)',
      count: 2,
      first: { check: 'examples/get-user', index: 1, call: { function: 'get-user', user_id: '4' } },
    },
  ],
};

describe('diff.html', () => {
  test('one page that loads nothing, every difference by method with its fact or "unexplained"', () => {
    const page = diffHtml(report);
    expect(page).toContain('default-src &#39;none&#39;');
    expect(page).not.toMatch(/<script|src="http/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<h3>is-online</h3>');
    expect(page).toContain('<code>is-online-boolean</code>');
    expect(page).toMatch(/<h3>get-user<\/h3>[\s\S]*unexplained/);
    expect(page).toContain('1 unexplained');
  });
});
