import type { MethodArgs, Methods } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import { deepEqual, show } from '../../core/values.js';

type Row = Record<string, unknown>;

export const idsOf = (rows: readonly unknown[], key = 'id'): string[] => rows.map((row) => String((row as Row)[key]));

/** Records a finding unless `rows` has a row whose `key` is `id`. */
export const expectListed = (
  t: CheckContext,
  method: string,
  rows: readonly unknown[],
  id: number | string,
  what: string,
  key = 'id',
): boolean =>
  t.check(idsOf(rows, key).includes(String(id)), {
    method,
    path: `$.response[*].${key}`,
    expected: `${what} (${key} "${id}") listed`,
    received: rows.length ? `${key}s ${show(idsOf(rows, key))}` : '[] (nothing)',
  });

/** Records a finding if `rows` has a row whose `key` is `id`. */
export const expectNotListed = (
  t: CheckContext,
  method: string,
  rows: readonly unknown[],
  id: number | string,
  what: string,
  key = 'id',
): boolean =>
  t.check(!idsOf(rows, key).includes(String(id)), {
    method,
    path: `$.response[*].${key}`,
    expected: `${what} (${key} "${id}") not listed`,
    received: `it is listed: ${show(rows.find((row) => String((row as Row)[key]) === String(id)))}`,
  });

/**
 * Reads get-conversations page after page (100 each, from page 0) until the conversation shows up
 * or a page is short; answers its item, or `complete: false` when `maxPages` full pages did not
 * hold it. A full page with exactly the conversations of the page before means `pagination` is
 * ignored: that ends the check with a finding, rather than read the same page `maxPages` times.
 */
export const findConversationInPages = async (
  t: CheckContext,
  args: Omit<MethodArgs<Methods['get-conversations']>, 'pagination'>,
  conversationId: number,
  maxPages = MAX_PAGES,
): Promise<{ item?: Row; complete: boolean }> => {
  let previous: string[] = [];
  for (let page = 0; page < maxPages; page++) {
    const rows = await t.ok('get-conversations', { ...args, pagination: page });
    const item = rows.find((row) => String(row.conversation_id) === String(conversationId));
    if (item) return { item, complete: true };
    if (rows.length < 100) return { complete: true };
    const ids = idsOf(rows, 'conversation_id');
    if (page > 0 && deepEqual(ids, previous)) {
      t.stop({
        method: 'get-conversations',
        path: `$.response[*].conversation_id (pagination ${page})`,
        expected: `the conversations after the first ${page * 100} (pagination counts pages of 100 from 0)`,
        received: `the same 100 conversations as pagination ${page - 1}`,
        hint: 'pagination seems ignored: every page answers the same conversations.',
      });
    }
    previous = ids;
  }
  return { complete: false };
};

/** How many pages of get-conversations the suite reads, at most, to find one conversation. */
export const MAX_PAGES = 30;
