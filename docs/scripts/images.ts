/** Images in the guides, put into the Markdown as data URIs: the site stays one page that loads nothing else. */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = { '.png': 'image/png', '.svg': 'image/svg+xml' };

/** `![alt](path)` with a path relative to the guides' folder, not a URL. */
const IMAGE = /!\[([^\]]*)\]\((?![a-z]+:)([^)\s]+)\)/g;

export const inlineImages = (markdown: string, dir: string, file: string): string =>
  markdown.replace(IMAGE, (_, alt: string, path: string) => {
    const type = TYPES[extname(path)];
    const full = join(dir, path);
    if (!type || !existsSync(full)) throw new Error(`${file}: ${path} is not a PNG or SVG file beside the guides`);
    return `![${alt}](data:${type};base64,${readFileSync(full).toString('base64')})`;
  });
