/**
 * Redoc's sidebar ends with "API docs by" and Redocly's logo, which its bundle loads from a CDN when
 * the page opens (no option turns it off): the page would make a request outside itself, and show a
 * broken image offline. The built page gets the word "Redocly" drawn inline instead.
 */
const wordmark = (text: string, width: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="12" viewBox="0 0 ${width} 12">` +
      `<text x="0" y="10" font-family="system-ui, sans-serif" font-size="11" font-weight="600" fill="#3c4a5c" ` +
      `textLength="${width}" lengthAdjust="spacingAndGlyphs">${text}</text></svg>`,
  )}`;

/** The logo's addresses in Redoc's bundle: the full one under the sidebar, the small one when it is collapsed. */
const LOGOS: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': wordmark('Redocly', 44),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': wordmark('R', 8),
};

/** The page with the logo inline; throws when Redoc no longer has it, so that this step is not kept for nothing. */
export const withInlineLogo = (page: string): string =>
  Object.entries(LOGOS).reduce((html, [url, inline]) => {
    if (!html.includes(url)) throw new Error(`Redoc's page no longer loads ${url}: remove it from scripts/offline.ts`);
    return html.replaceAll(url, inline);
  }, page);
