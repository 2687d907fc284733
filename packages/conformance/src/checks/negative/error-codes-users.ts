import type { MethodArgs, Methods } from '@support-board/contract';
import type { CallOptions } from '../../core/api.js';
import type { CheckContext } from '../../core/context.js';
import type { Check } from '../../core/types.js';
import { defineCheck, versionsWith } from '../define.js';
import { expectUnchanged, snapshot } from '../shared/state.js';
import { UNKNOWN_ID } from './fixture-args.js';

/** add-user with `args` is refused with `code`, and no user is added (a user it adds anyway is deleted at the end). */
const refusedAddUser = async (
  t: CheckContext,
  code: string,
  args: MethodArgs<Methods['add-user']>,
  options?: CallOptions,
) => {
  const before = await snapshot(t);
  const answer = await t.answer('add-user', args, options);
  t.fixtures.trackCreated('add-user', answer);
  t.expectRefusal('add-user', answer, code);
  await expectUnchanged(t, 'add-user', before);
};

/** The documented error codes of the user methods, provoked with the suite's own users. */
export const userErrorCodeChecks: Check[] = [
  defineCheck({
    id: 'negative/error-code/add-user/duplicate-email',
    title: 'add-user with an email another user has answers duplicate-email and creates nothing',
    area: 'negative',
    provokes: { 'add-user': ['duplicate-email'] },
    methods: ['add-user', 'count-users'],
    tags: ['error-code'],
    async run(t) {
      const fx = await t.base();
      await refusedAddUser(t, 'duplicate-email', {
        first_name: 'Twin',
        last_name: fx.marker,
        email: fx.customer.email,
      });
    },
  }),
  defineCheck({
    id: 'negative/error-code/update-user/duplicate-email',
    title: "update-user to another user's email answers duplicate-email and keeps the email",
    area: 'negative',
    provokes: { 'update-user': ['duplicate-email'] },
    methods: ['update-user', 'get-user'],
    tags: ['error-code'],
    async run(t) {
      const fx = await t.base();
      const email = `${fx.marker}.single@example.com`;
      const id = await t.user({ first_name: 'Single', last_name: fx.marker, email });
      await t.refused(
        'update-user',
        { user_id: id, first_name: 'Single', last_name: fx.marker, email: fx.customer.email },
        'duplicate-email',
      );
      const user = await t.ok('get-user', { user_id: id });
      t.equal(
        'update-user',
        '$.response.email (get-user)',
        user === false ? false : user.email,
        email,
        'A refused update must not change the user.',
      );
    },
  }),
  defineCheck({
    id: 'negative/error-code/add-user/duplicate-phone',
    title: 'add-user with a phone another user has answers duplicate-phone and creates nothing (3.3)',
    area: 'negative',
    provokes: { 'add-user': ['duplicate-phone'] },
    methods: ['add-user', 'count-users'],
    tags: ['error-code'],
    versions: versionsWith('add-user-duplicate-phone'),
    facts: ['add-user-duplicate-phone'],
    async run(t) {
      const fx = await t.base();
      const phone: [string, string] = [fx.customer.phone, 'Phone'];
      await refusedAddUser(t, 'duplicate-phone', { first_name: 'Twin', last_name: fx.marker, extra: { phone } });
    },
  }),
  defineCheck({
    id: 'negative/error-code/update-user/duplicate-phone',
    title: "update-user to another user's phone answers duplicate-phone and keeps the phone (3.3)",
    area: 'negative',
    provokes: { 'update-user': ['duplicate-phone'] },
    methods: ['update-user', 'get-user-extra'],
    tags: ['error-code'],
    versions: versionsWith('update-user-duplicate-phone'),
    facts: ['update-user-duplicate-phone'],
    async run(t) {
      const fx = await t.base();
      const phone = t.fixtures.phone();
      const id = await t.user({ first_name: 'Single', last_name: fx.marker, extra: { phone: [phone, 'Phone'] } });
      await t.refused(
        'update-user',
        { user_id: id, first_name: 'Single', last_name: fx.marker, extra: { phone: [fx.customer.phone, 'Phone'] } },
        'duplicate-phone',
      );
      const details = await t.ok('get-user-extra', { user_id: id });
      t.equal(
        'update-user',
        '$.response[slug=phone].value (get-user-extra)',
        details.find((detail) => detail.slug === 'phone')?.value,
        phone,
        'A refused update must not change the user.',
      );
    },
  }),
  defineCheck({
    id: 'negative/error-code/add-user/invalid-user-type',
    title: 'add-user with an unknown user type answers invalid-user-type and creates nothing',
    area: 'negative',
    provokes: { 'add-user': ['invalid-user-type'] },
    methods: ['add-user', 'count-users'],
    tags: ['error-code'],
    async run(t) {
      const fx = await t.base();
      const args = { first_name: 'Type', last_name: fx.marker };
      await refusedAddUser(t, 'invalid-user-type', args, { set: { user_type: 'superhero' } });
    },
  }),
  defineCheck({
    id: 'negative/error-code/update-user/invalid-user-type',
    title: 'update-user with an unknown user type answers invalid-user-type and keeps the type',
    area: 'negative',
    provokes: { 'update-user': ['invalid-user-type'] },
    methods: ['update-user', 'get-user'],
    notes: ['update-user-user-type'],
    failsOnOriginal:
      'update-user never checks `user_type`: answers `{"success":true,"response":true}` and recomputes the type from the email',
    tags: ['error-code'],
    async run(t) {
      const fx = await t.base();
      const id = await t.user({ first_name: 'Typed', last_name: fx.marker, user_type: 'lead' });
      await t.refused('update-user', { user_id: id, first_name: 'Typed' }, 'invalid-user-type', {
        set: { user_type: 'superhero' },
      });
      const user = await t.ok('get-user', { user_id: id });
      t.equal('update-user', '$.response.user_type (get-user)', user === false ? false : user.user_type, 'lead');
    },
  }),
  // Full, not core: the documentation gives current-url no error code, and the original answers db-error
  // with the MySQL text when it stores a URL for an unknown user.
  defineCheck({
    id: 'negative/error-code/current-url/user-not-found',
    title: 'current-url setting the URL of an unknown user answers user-not-found and stores nothing',
    area: 'negative',
    provokes: { 'current-url': ['user-not-found'] },
    methods: ['current-url', 'count-users'],
    notes: ['current-url-unknown-user'],
    tags: ['error-code'],
    async run(t) {
      const before = await snapshot(t);
      await t.refused('current-url', { user_id: UNKNOWN_ID, url: 'https://example.com/' }, 'user-not-found');
      t.equal(
        'current-url',
        '$.response (current-url reading the URL of the unknown user)',
        await t.ok('current-url', { user_id: UNKNOWN_ID }),
        false,
        'A refused current-url must store nothing: reading the URL back finds none.',
      );
      await expectUnchanged(t, 'current-url', before);
    },
  }),
];
