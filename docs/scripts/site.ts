/**
 * The docs site: the contract's OpenAPI document with the guides added as sections, rendered by Redoc
 * into one self-contained page.
 *
 *   docs/dist/openapi.json   the document the site shows (the contract's, plus the guides)
 *   docs/dist/index.html     the page: open it from disk, or at /docs on the reference server
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { groups } from '@support-board/contract';
import { withConsole } from './console.js';
import { type Guide, readGuides } from './guides.js';
import { withInlineLogo } from './offline.js';
import { docsDir, type LintResult, lint, redocly } from './redocly.js';

export const contractDocument = join(docsDir, '..', 'packages', 'contract', 'dist', 'openapi.json');
export const distDir = join(docsDir, 'dist');
export const siteDocument = join(distDir, 'openapi.json');
export const sitePage = join(distDir, 'index.html');

export const SITE_TITLE = 'Support Board Web API: reference and guides';
const DESCRIPTION =
  'The Support Board Web API: 51 methods and 14 webhooks, with guides to authentication, the wire format, errors, webhooks, the mock and the conformance suite.';
/** The sidebar name of the tag that holds the 14 webhooks (the guide about them is "Receiving webhooks"). */
export const WEBHOOKS_TAG_NAME = 'All webhooks';

interface Tag {
  name: string;
  description?: string;
  'x-traitTag'?: boolean;
  'x-displayName'?: string;
}
export type OpenApi = Record<string, unknown> & { tags?: Tag[] };

/**
 * Adds the guides as Redoc sections: each guide is a trait tag (a tag with a description and no
 * operations), and `x-tagGroups` orders the sidebar: Guides, then Methods (Users, Conversations, More),
 * then Webhooks.
 */
export const withGuides = (document: OpenApi, guides: Guide[]): OpenApi => {
  const apiTags = (document.tags ?? []).map((tag) =>
    tag.name === 'Webhooks' ? { ...tag, 'x-displayName': WEBHOOKS_TAG_NAME } : tag,
  );
  const taken = new Set(apiTags.map((tag) => tag.name));
  const guideTags = guides.map((guide) => {
    if (taken.has(guide.title)) throw new Error(`${guide.file}: a guide cannot be named like a tag (${guide.title})`);
    return { name: guide.title, description: guide.body, 'x-traitTag': true };
  });
  return {
    ...document,
    tags: [...guideTags, ...apiTags],
    'x-tagGroups': [
      { name: 'Guides', tags: guideTags.map((tag) => tag.name) },
      { name: 'Methods', tags: Object.values(groups).map((group) => group.title) },
      { name: 'Webhooks', tags: ['Webhooks'] },
    ],
  };
};

export interface BuildResult {
  lint: LintResult;
  guides: Guide[];
  seconds: number;
}

/** Lints the contract's document (any error stops the build), then writes dist/openapi.json and dist/index.html. */
export const buildSite = (): BuildResult => {
  const started = performance.now();
  if (!existsSync(contractDocument)) {
    throw new Error(
      `${contractDocument} is missing: build the contract first (pnpm --filter @support-board/contract build).`,
    );
  }
  const linted = lint(contractDocument);
  if (linted.totals.errors > 0) {
    const problems = linted.problems.map(
      (p) => `  ${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`,
    );
    throw new Error(`redocly lint: the contract's OpenAPI document has errors:\n${problems.join('\n')}`);
  }

  const guides = readGuides();
  const document = withGuides(JSON.parse(readFileSync(contractDocument, 'utf8')) as OpenApi, guides);
  mkdirSync(distDir, { recursive: true });
  writeFileSync(siteDocument, `${JSON.stringify(document, null, 2)}\n`);

  const rendered = redocly([
    'build-docs',
    siteDocument,
    '--output',
    sitePage,
    // Without it the page loads Redoc from a CDN, and shows nothing offline.
    '--inlineBundle',
    '--title',
    SITE_TITLE,
    '--template',
    join(docsDir, 'scripts', 'template.hbs'),
    `--templateOptions.description=${DESCRIPTION}`,
    '--config',
    join(docsDir, 'redocly.yaml'),
  ]);
  if (rendered.status !== 0 || !existsSync(sitePage)) {
    throw new Error(`redocly build-docs failed:\n${rendered.stdout}\n${rendered.stderr}`);
  }
  writeFileSync(sitePage, withConsole(withInlineLogo(readFileSync(sitePage, 'utf8')), document as never));
  return { lint: linted, guides, seconds: (performance.now() - started) / 1000 };
};
