import { groups, methodList, webhookList } from '@support-board/contract';
import type { Area, CheckResult } from '../../core/types.js';

/** The matrix's columns: the areas of checking, in the order a run takes them. */
export const AREAS: readonly Area[] = ['examples', 'negative', 'scenarios', 'integrations', 'webhooks', 'load'];

/** A row of the matrix: a method, a webhook, or the dispatcher (checks that name no method). */
export interface Row {
  /** Unique on the page: the start of the row's anchors. */
  key: string;
  name: string;
  /** The heading the row is listed under. */
  section: string;
  covers(result: CheckResult): boolean;
}

/** The 51 methods by group, the 14 webhooks, then the dispatcher: the contract's order. */
export const ROWS: readonly Row[] = [
  ...methodList.map((method) => ({
    key: `m-${method.name}`,
    name: method.name,
    section: groups[method.group].title,
    covers: (result: CheckResult) => result.methods.includes(method.name),
  })),
  ...webhookList.map((webhook) => ({
    key: `w-${webhook.name}`,
    name: webhook.name,
    section: 'Webhooks',
    covers: (result: CheckResult) => result.tags.includes(`webhook:${webhook.name}`),
  })),
  {
    key: 'dispatcher',
    name: 'the dispatcher (no method named)',
    section: 'Every call',
    covers: (result: CheckResult) => result.methods.length === 0,
  },
];

/** The anchor of a cell: the list of its checks further down the page. */
export const cellId = (row: Row, area: Area) => `${row.key}-${area}`;

/** The anchor of a failed or blocked check's findings. */
export const checkId = (id: string) => `c-${id}`;

export const cellChecks = (results: readonly CheckResult[], row: Row, area: Area) =>
  results.filter((result) => result.area === area && row.covers(result));
