/** The guides: docs/guides/NN-name.md, each a `# Title` line and Markdown, with generated parts filled in. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generators } from './content.js';
import { inlineImages } from './images.js';
import { docsDir } from './redocly.js';

export const guidesDir = join(docsDir, 'guides');

export interface Guide {
  /** The file name, e.g. `01-getting-started.md`. */
  file: string;
  /** The `# Title` line: the guide's name in the sidebar. */
  title: string;
  /** The Markdown after the title, generated parts included. */
  body: string;
}

const PLACEHOLDER = /^<!-- generated:([a-z-]+) -->$/gm;

/** Replaces each `<!-- generated:<name> -->` line with what the contract gives; an unknown name is an error. */
export const fillGenerated = (markdown: string, file: string): string =>
  markdown.replace(PLACEHOLDER, (_, name: string) => {
    const generate = generators[name];
    if (!generate) throw new Error(`${file}: unknown generated part "${name}" (known: ${Object.keys(generators)})`);
    return generate();
  });

export const readGuides = (): Guide[] =>
  readdirSync(guidesDir)
    .filter((file) => /^\d+-[a-z0-9-]+\.md$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(guidesDir, file), 'utf8');
      const match = /^# (.+)\n+/.exec(text);
      if (!match) throw new Error(`${file}: the first line must be "# Title"`);
      const body = inlineImages(fillGenerated(text.slice(match[0].length), file), guidesDir, file);
      return { file, title: match[1]!.trim(), body: body.trimEnd() };
    });
