/** `pnpm --filter @support-board/docs build`: builds the site into docs/dist (see site.ts). */
import { buildSite, sitePage } from './site.js';

try {
  const { lint, guides, seconds } = buildSite();
  for (const problem of lint.problems) {
    console.warn(`  ${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer})`);
  }
  console.log(
    `docs: redocly lint of the contract's document: ${lint.totals.errors} errors, ${lint.totals.warnings} warnings`,
  );
  console.log(`docs: ${guides.length} guides: ${guides.map((guide) => guide.title).join(', ')}`);
  console.log(`docs: built in ${seconds.toFixed(1)} s. The site is at ${sitePage}`);
  console.log('docs: open it in a browser, or at http://localhost:8080/docs on the reference server (npm start)');
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
