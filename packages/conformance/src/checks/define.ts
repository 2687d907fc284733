import {
  type ApiVersion,
  apiVersions,
  globalNotes,
  hasFact,
  isMethodName,
  methodList,
  methods,
  type Note,
  webhookDeliveryNotes,
  webhookList,
} from '@support-board/contract';
import type { CheckContext } from '../core/context.js';
import type { Area, ByMethod, Check, CheckGroup, Level, OnOriginal } from '../core/types.js';

/** Every note of the contract by ID: methods', webhooks' and the API-wide ones. */
export const notesById: ReadonlyMap<string, Note> = new Map(
  [
    ...globalNotes,
    ...webhookDeliveryNotes,
    ...methodList.flatMap((method) => method.notes as Note[]),
    ...webhookList.flatMap((webhook) => webhook.notes as Note[]),
  ].map((note) => [note.id, note]),
);

const knownFact = (id: string) => {
  if (!apiVersions.some((version) => hasFact(version, id))) throw new Error(`the contract has no version fact "${id}"`);
  return id;
};

/** The versions that answer as the contract's version fact `id` says: a check of that behaviour. */
export const versionsWith = (id: string): ApiVersion[] => apiVersions.filter((v) => hasFact(v, knownFact(id)));

/** The versions that do not answer as the fact `id` says: a check of what the fact changed. */
export const versionsWithout = (id: string): ApiVersion[] => apiVersions.filter((v) => !hasFact(v, knownFact(id)));

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
  /** The API versions the check applies to (default: every version); see `versionsWith`. */
  versions?: ApiVersion[];
  /** Version facts the check's expectations follow (`t.fact(id)`): tagged `version:<id>`. */
  facts?: string[];
  /**
   * The original (Support Board 3.3.6) takes this bad input unsafely: what it answered. Tags the
   * check `hardening`: a security finding on a server that answers so, not an incompatibility.
   */
  hardening?: string;
  /** The original fails the check by a bug of its own or a configuration it lacks: why. Tags it `fails-on-original`. */
  failsOnOriginal?: string;
  /** The arguments whose effect the check observes, by method: the coverage map counts them. */
  observes?: ByMethod;
  /** The error codes the check provokes (the exact code required), by method. */
  provokes?: ByMethod;
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
  for (const fact of spec.facts ?? []) tags.add(`version:${knownFact(fact)}`);
  if (spec.hardening && spec.failsOnOriginal) {
    throw new Error(`check ${spec.id}: the original fails it either for hardening or for its own reasons, not both`);
  }
  const onOriginal: OnOriginal | undefined = spec.hardening
    ? { kind: 'hardening', reason: spec.hardening }
    : spec.failsOnOriginal
      ? { kind: 'fails-on-original', reason: spec.failsOnOriginal }
      : undefined;
  if (onOriginal) tags.add(onOriginal.kind);
  const level: Level = FULL_AREAS.includes(spec.area) || tags.has('reference') ? 'full' : (spec.level ?? 'core');
  return {
    id: spec.id,
    title: spec.title,
    group,
    area: spec.area,
    methods: spec.methods,
    level,
    tags: [...tags],
    ...(spec.versions ? { versions: spec.versions } : {}),
    ...(onOriginal ? { onOriginal } : {}),
    ...(spec.observes ? { observes: spec.observes } : {}),
    ...(spec.provokes ? { provokes: spec.provokes } : {}),
    run: spec.run,
  };
};
