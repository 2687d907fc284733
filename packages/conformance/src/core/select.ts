import type { ApiVersion } from '@support-board/contract';
import type { Check, Level } from './types.js';

export interface Selection {
  level: Level;
  /** The API version judged (default 3.0): checks of other versions only are left out. */
  version?: ApiVersion;
  only?: string[];
  skip?: string[];
  tags?: string[];
  skipTags?: string[];
  /** `--load` given: the load profiles run at any level. */
  load?: boolean;
  /** `--webhooks` given: the webhook checks run at any level. */
  webhooks?: boolean;
}

/** A term names a check by ID (or ID prefix: `examples`, `negative/missing-argument`), group, area, method or tag. */
export const matchesTerm = (check: Check, term: string): boolean =>
  check.id === term ||
  check.id.startsWith(`${term}/`) ||
  check.group === term ||
  check.area === term ||
  check.methods.includes(term) ||
  check.tags.includes(term);

/** Terms that match no check at all: typos, which the CLI refuses. */
export const unknownTerms = (all: readonly Check[], selection: Selection): string[] => [
  ...[...(selection.only ?? []), ...(selection.skip ?? [])].filter((term) => !all.some((c) => matchesTerm(c, term))),
  ...[...(selection.tags ?? []), ...(selection.skipTags ?? [])].filter((tag) => !all.some((c) => c.tags.includes(tag))),
];

const byLevel = (check: Check, selection: Selection) =>
  check.level === 'core' ||
  selection.level === 'full' ||
  (check.area === 'load' && selection.load === true) ||
  (check.area === 'webhooks' && selection.webhooks === true);

/** Destructive checks run only when named: by ID or method in --only, or by the tag `destructive`. */
const namedExplicitly = (check: Check, selection: Selection) =>
  (selection.only ?? []).some((term) => term === check.id || check.methods.includes(term) || term === 'destructive') ||
  (selection.tags ?? []).includes('destructive');

/**
 * The checks a run takes, in registry order. A check named by its exact ID in --only runs whatever
 * the level; everything else follows --level, then --only/--skip, then --tag/--skip-tag.
 */
export const selectChecks = (all: readonly Check[], selection: Selection): Check[] =>
  all.filter((check) => {
    if (check.versions && !check.versions.includes(selection.version ?? '3.0')) return false;
    const named = (selection.only ?? []).includes(check.id);
    if (!named && !byLevel(check, selection)) return false;
    if (selection.only?.length && !selection.only.some((term) => matchesTerm(check, term))) return false;
    if (selection.skip?.some((term) => matchesTerm(check, term))) return false;
    if (selection.tags?.length && !selection.tags.some((tag) => check.tags.includes(tag))) return false;
    if (selection.skipTags?.some((tag) => check.tags.includes(tag))) return false;
    if (check.tags.includes('destructive') && !namedExplicitly(check, selection)) return false;
    return true;
  });
