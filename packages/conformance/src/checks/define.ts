import {
  globalNotes,
  isMethodName,
  methodList,
  methods,
  type Note,
  webhookDeliveryNotes,
  webhookList,
} from '@support-board/contract';
import type { CheckContext } from '../core/context.js';
import type { Area, Check, CheckGroup, Level } from '../core/types.js';

/** Every note of the contract by ID: methods', webhooks' and the API-wide ones. */
export const notesById: ReadonlyMap<string, Note> = new Map(
  [
    ...globalNotes,
    ...webhookDeliveryNotes,
    ...methodList.flatMap((method) => method.notes as Note[]),
    ...webhookList.flatMap((webhook) => webhook.notes as Note[]),
  ].map((note) => [note.id, note]),
);

export interface CheckSpec {
  id: string;
  title: string;
  area: Area;
  methods: string[];
  /** Default: the group of the first method, or `api`. */
  group?: CheckGroup;
  /** Default: `core`; `full` for integrations, webhooks, load and `reference` checks whatever is given. */
  level?: Level;
  /**
   * The contract notes the check tests. A `disagreement` (documentation and original differ) tags it
   * `original`; a `difference` (the reference server differs from the original on purpose) tags it
   * `reference` and moves it to `full`. Each note is also a tag, `note:<id>`.
   */
  notes?: string[];
  /** Tags beyond group, methods, area and notes: features (`search`, `pagination`), `original`, `destructive`. */
  tags?: string[];
  run(t: CheckContext): Promise<void>;
}

const FULL_AREAS: Area[] = ['integrations', 'webhooks', 'load'];

export const defineCheck = (spec: CheckSpec): Check => {
  const notes = (spec.notes ?? []).map((id) => {
    const note = notesById.get(id);
    if (!note) throw new Error(`check ${spec.id}: the contract has no note "${id}"`);
    return note;
  });
  const first = spec.methods[0];
  const group = spec.group ?? (first && isMethodName(first) ? methods[first].group : 'api');
  const groups = spec.methods.filter(isMethodName).map((name) => methods[name].group);
  const tags = new Set([group, ...groups, ...spec.methods, spec.area, ...(spec.tags ?? [])]);
  if (notes.some((note) => note.kind === 'disagreement')) tags.add('original');
  if (notes.some((note) => note.kind === 'difference')) tags.add('reference');
  for (const note of notes) tags.add(`note:${note.id}`);
  const level: Level = FULL_AREAS.includes(spec.area) || tags.has('reference') ? 'full' : (spec.level ?? 'core');
  return {
    id: spec.id,
    title: spec.title,
    group,
    area: spec.area,
    methods: spec.methods,
    level,
    tags: [...tags],
    run: spec.run,
  };
};
