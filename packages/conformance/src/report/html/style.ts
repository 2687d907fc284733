import { Html } from './escape.js';

/** The page's only style sheet, inline: system fonts, no image, nothing to fetch. */
export const STYLE = new Html(`
:root {
  --passed: #1a7f37; --failed: #cf222e; --blocked: #bc4c00; --skipped: #8c959f; --none: #f3f4f6;
  --text: #1f2328; --muted: #59636e; --line: #d1d9e0;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--text);
}
body { margin: 0; }
main { max-width: 76rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
a { color: #0969da; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
.muted { color: var(--muted); }
.verdict { font-weight: 700; font-size: 1.1rem; margin: .25rem 0 1rem; }
.verdict.ok { color: var(--passed); }
.verdict.failed { color: var(--failed); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: flex; width: 14rem; height: .9rem; border-radius: .45rem; overflow: hidden; background: var(--none); }
.bar span { display: block; }
.passed { --status: var(--passed); }
.failed { --status: var(--failed); }
.blocked { --status: var(--blocked); }
.skipped { --status: var(--skipped); }
.bar span, .legend i { background: var(--status); }
.legend { display: flex; gap: 1rem; margin: .5rem 0; color: var(--muted); font-size: .9rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; border-radius: .2rem; margin-right: .3rem; vertical-align: -.1rem; }
.legend i.none { background: var(--none); border: 1px solid var(--line); }
.matrix { font-size: .85rem; }
.matrix th.group { background: #f6f8fa; padding-top: .6rem; }
.matrix td.cell { padding: 2px; border-bottom: 0; }
.matrix td.cell a, .matrix td.cell span {
  display: block; min-width: 4.5rem; padding: .15rem .4rem; border-radius: .25rem; text-align: center;
  color: #fff; text-decoration: none; background: var(--status, var(--none));
}
.matrix td.cell span.none { color: var(--muted); }
.matrix td.cell a:focus, .matrix td.cell a:hover { outline: 2px solid var(--text); }
article.check { border-left: 4px solid var(--status); padding: .1rem 0 .4rem 1rem; margin: 1.25rem 0; }
article.check h3 { margin: 0; overflow-wrap: anywhere; }
article.check p { margin: .25rem 0; }
.tags { font-size: .85rem; }
dl.finding { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0 .75rem; }
dl.finding dt { color: var(--muted); }
dl.finding dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.why { background: #fff8c5; padding: .3rem .6rem; border-radius: .25rem; }
ul.checks { list-style: none; padding-left: 0; margin: .25rem 0; }
ul.checks li { padding: .1rem 0; overflow-wrap: anywhere; }
.mark { display: inline-block; width: 1.2rem; color: var(--status); font-weight: 700; }
.cell-list:target, article:target, li:target { background: #fff8c5; }
.cell-list h4 { margin: .75rem 0 0; font-size: .9rem; color: var(--muted); font-weight: 600; }
td .bar { margin-top: .3rem; }
.headline th, .headline .counts { white-space: nowrap; }
.coverage { font-size: .85rem; }
.coverage td a, .coverage td span {
  display: inline-block; margin: 1px; padding: 0 .35rem; border-radius: .25rem; color: #fff; text-decoration: none;
  background: var(--status);
}
.coverage td span.missing { background: none; color: var(--failed); border: 1px dashed var(--failed); }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
`);
