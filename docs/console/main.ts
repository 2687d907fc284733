/**
 * The console's entry point, bundled into the docs page (scripts/console.ts): a "Try it" button in the
 * header of each method's section, which opens the console's panel for that method. Redoc's React tree
 * may re-render a section: the buttons are put back whenever the page changes.
 */
import { type ConsoleMethod, DATA_ID } from './data.js';
import { consolePanel } from './ui.js';

const methods = JSON.parse(document.getElementById(DATA_ID)?.textContent ?? '[]') as ConsoleMethod[];
let panel: ReturnType<typeof consolePanel> | undefined;

const addButtons = () => {
  for (const method of methods) {
    const section = document.getElementById(method.section);
    const actions = section?.querySelector('[data-testid="page-actions"]');
    if (!actions || actions.querySelector('.sb-try')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sb-try';
    button.textContent = 'Try it';
    button.setAttribute('aria-label', `Try ${method.name}`);
    button.addEventListener('click', () => {
      panel ??= consolePanel();
      panel.open(method);
    });
    actions.prepend(button);
  }
};

let queued = false;
const start = () => {
  addButtons();
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      addButtons();
    });
  }).observe(document.body, { childList: true, subtree: true });
};

// Once Redoc has hydrated its server-rendered page: a node added before would be a hydration mismatch.
addEventListener('load', () => requestIdleCallback(start, { timeout: 1000 }));
