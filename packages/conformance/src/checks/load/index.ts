import { httpBuildQuery, type MethodName } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck } from '../define.js';
import { type LoadRequest, runLoad } from './run-load.js';

type Build = (t: CheckContext, profile: string) => Promise<LoadRequest[]>;

const reads: Build = async (t) => {
  const { customer } = await t.base();
  return [
    { body: () => httpBuildQuery(t.api.fields('get-user', { user_id: customer.id })) },
    { body: () => httpBuildQuery(t.api.fields('get-conversations', { pagination: 0 })) },
  ];
};

/** Messages go to a conversation of their own; the users added are deleted at the end of the run. */
const writes: Build = async (t, profile) => {
  const { customer, marker } = await t.base();
  const conversation = await t.conversation({ user_id: customer.id, title: `Load ${marker}` });
  let n = 0;
  return [
    {
      body: () =>
        httpBuildQuery(
          t.api.fields('send-message', { user_id: customer.id, conversation_id: conversation, message: `Load ${++n}` }),
        ),
    },
    {
      body: () =>
        httpBuildQuery(
          t.api.fields('add-user', {
            first_name: 'Load',
            last_name: `Load-${marker}`,
            // Unique across profiles too: each profile counts from 0.
            email: `${marker}.${profile}${++n}@example.com`,
          }),
        ),
    },
  ];
};

/** Registers the users the write profile added, so that the run deletes them; a failure is a finding. */
const trackLoadUsers = async (t: CheckContext) => {
  const { marker } = await t.base();
  const answer = await t.answer('search-users', { search: `Load-${marker}` });
  const body = answer.body as { success?: unknown; response?: unknown } | undefined;
  if (body?.success === true && Array.isArray(body.response)) {
    for (const user of body.response as { id: unknown }[]) t.fixtures.trackUser(Number(user.id));
    return;
  }
  t.report({
    method: 'search-users',
    path: '$',
    expected: 'the users the load added (the suite deletes them), right after the load',
    received: answer.text.slice(0, 300),
    hint: 'The target failed right after the load: it did not recover, or the load exhausted a resource.',
  });
};

const profile = (name: string, title: string, methods: MethodName[], build: Build, addsUsers: boolean) =>
  defineCheck({
    id: `load/${name}`,
    title,
    area: 'load',
    group: 'api',
    methods,
    tags: ['performance'],
    async run(t) {
      const load = t.settings.load;
      if (!load) return t.skip('load profiles run with --load');
      const requests = await build(t, name);
      const result = await runLoad(t.api.url, name, requests, {
        connections: load.connections,
        duration: load.duration,
        timeoutMs: t.settings.timeoutMs,
      });
      t.env.loadResults.push(result);
      if (addsUsers) await trackLoadUsers(t);
      const method = methods.join(', ');
      const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;
      const examples = result.samples.length ? `, e.g. ${result.samples.join(' | ')}` : '';
      const connections = `${load.connections} connection${load.connections === 1 ? '' : 's'}`;
      t.check(result.errorRate <= load.maxErrorRate, {
        method,
        path: 'error rate',
        expected: `at most ${percent(load.maxErrorRate)} (--max-error-rate)`,
        received: `${percent(result.errorRate)}: ${result.errors} of ${result.requests}${examples}`,
        hint: 'Every non-2xx answer, and every answer that is not a success envelope, counts as an error.',
      });
      t.check(result.p99 <= load.maxP99, {
        method,
        path: 'p99 latency',
        expected: `at most ${load.maxP99} ms (--max-p99)`,
        received: `${result.p99} ms (p50 ${result.p50} ms, p90 ${result.p90} ms, ${result.requestsPerSecond} req/s, ${connections})`,
      });
    },
  });

export const loadChecks: Check[] = [
  profile(
    'read',
    'Read load: get-user and get-conversations stay fast and error-free',
    ['get-user', 'get-conversations'],
    reads,
    false,
  ),
  profile(
    'write',
    'Write load: send-message and add-user stay fast and error-free',
    ['send-message', 'add-user'],
    writes,
    true,
  ),
  profile(
    'mixed',
    'Mixed load: reads and writes together stay fast and error-free',
    ['get-user', 'get-conversations', 'send-message', 'add-user'],
    async (t, name) => [...(await reads(t, name)), ...(await writes(t, name))],
    true,
  ),
];
