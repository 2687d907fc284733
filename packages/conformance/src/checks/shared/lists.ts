import type { MethodArgs, Methods } from '@support-board/contract';
import type { CheckContext } from '../../core/context.js';
import { show } from '../../core/values.js';

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
 * or a page is short; answers its item and how many pages were read, or undefined after `maxPages`.
 */
export const findConversationInPages = async (
  t: CheckContext,
  args: Omit<MethodArgs<Methods['get-conversations']>, 'pagination'>,
  conversationId: number,
  maxPages = 30,
): Promise<{ item?: Row; complete: boolean }> => {
  for (let page = 0; page < maxPages; page++) {
    const rows = await t.ok('get-conversations', { ...args, pagination: page });
    const item = rows.find((row) => String(row.conversation_id) === String(conversationId));
    if (item) return { item, complete: true };
    if (rows.length < 100) return { complete: true };
  }
  return { complete: false };
};
