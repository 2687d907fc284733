/**
 * The console's panel: one side panel, outside Redoc's own tree (which React re-renders), filled with
 * the form of the method it is opened for. The target and the token are shared by every method and
 * kept in this page's memory only: the token goes nowhere but in the body of the calls the reader sends.
 */
import type { ConsoleArg, ConsoleMethod } from './data.js';
import { buildCall, curlLine, preferHeader, typedArgs } from './request.js';

type Attributes = Record<string, string | boolean | undefined>;

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
};

/** The API beside the page (`/docs` → `/include/api.php`); none for a page opened from a file. */
const pageApi = () => (/^https?:$/.test(location.protocol) ? new URL('include/api.php', location.href).href : '');

const state = { target: pageApi(), token: '' };

const CORS_NOTE =
  'A page may call a server on another origin only if that server allows it (CORS): the mock allows every origin; the reference server those in its CORS_ORIGINS.';

/** Whether the target is the mock (its /health tells its mode), asked once per origin. */
const mockOrigins = new Map<string, Promise<boolean>>();
const isMock = (target: string) => {
  let origin: string;
  try {
    origin = new URL(target).origin;
  } catch {
    return Promise.resolve(false);
  }
  if (!mockOrigins.has(origin)) {
    const asked = fetch(`${origin}/health`, { cache: 'no-store', credentials: 'omit' })
      .then((response) => response.json())
      .then((health: { mode?: unknown }) => typeof health.mode === 'string')
      .catch(() => false);
    mockOrigins.set(origin, asked);
  }
  return mockOrigins.get(origin)!;
};

const select = (name: string, options: string[], label: string) =>
  el(
    'select',
    { name, 'aria-label': label },
    el('option', { value: '' }, '(none)'),
    ...options.map((o) => el('option', { value: o }, o)),
  );

/**
 * An argument's field, holding the documented example: a choice for booleans and enums, text for the
 * rest (JSON as text). Required ones are marked, not enforced, so that a reader can see the refusal.
 */
const argInput = (arg: ConsoleArg) => {
  const choices = arg.kind === 'boolean' ? ['true', 'false'] : arg.options;
  const input = choices
    ? select(arg.name, choices, arg.name)
    : arg.kind === 'json'
      ? el('textarea', { name: arg.name, rows: '2', spellcheck: 'false' })
      : el('input', {
          name: arg.name,
          type: 'text',
          inputmode: /^(id|integer)$/.test(arg.kind) ? 'numeric' : undefined,
        });
  input.id = `sb-arg-${arg.name}`;
  input.value = arg.example ?? '';
  return input;
};

const argRow = (arg: ConsoleArg) =>
  el(
    'div',
    { class: 'sb-row' },
    el(
      'label',
      { for: `sb-arg-${arg.name}` },
      el('code', {}, arg.name),
      el('span', { class: 'sb-type' }, arg.type),
      arg.required ? el('span', { class: 'sb-required' }, 'required') : '',
    ),
    argInput(arg),
    el('p', { class: 'sb-problem', 'data-problem': arg.name }),
  );

const showAnswer = async (panel: HTMLElement, method: ConsoleMethod, form: HTMLFormElement) => {
  const values = Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)]));
  const { args, problems } = typedArgs(method, values);
  for (const line of panel.querySelectorAll<HTMLElement>('[data-problem]')) {
    line.textContent = problems[line.dataset.problem!] ?? '';
  }
  if (Object.keys(problems).length) return;
  state.target = values['sb-target'] ?? '';
  state.token = values['sb-token'] ?? '';
  const prefer = preferHeader({ example: values['sb-example'], code: values['sb-code'], delay: values['sb-delay'] });
  const call = buildCall(method, state.target, state.token, args, prefer);

  const answer = panel.querySelector<HTMLElement>('.sb-answer')!;
  const status = answer.querySelector<HTMLElement>('.sb-status')!;
  const headers = answer.querySelector<HTMLElement>('.sb-headers')!;
  const body = answer.querySelector<HTMLElement>('.sb-body')!;
  answer.hidden = false;
  status.textContent = 'Sending…';
  headers.textContent = '';
  body.textContent = '';
  answer.querySelector<HTMLElement>('.sb-curl')!.textContent = curlLine(call);
  const started = performance.now();
  try {
    const response = await fetch(call.url, {
      method: 'POST',
      headers: call.headers,
      body: call.body,
      cache: 'no-store',
      credentials: 'omit',
    });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    status.textContent = `${response.status} ${response.statusText} · ${ms} ms`;
    headers.textContent = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    try {
      body.textContent = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      body.textContent = text;
    }
  } catch (error) {
    status.textContent = `No answer: ${(error as Error).message}. ${CORS_NOTE}`;
  }
};

const mockFields = (method: ConsoleMethod) =>
  el(
    'fieldset',
    { class: 'sb-mock', hidden: true },
    el('legend', {}, 'The mock: Prefer'),
    el('label', {}, 'example ', select('sb-example', method.examples, 'Prefer example')),
    el('label', {}, 'code ', select('sb-code', method.codes, 'Prefer code')),
    el(
      'label',
      {},
      'delay (ms) ',
      el('input', { name: 'sb-delay', type: 'number', min: '0', step: '100', 'aria-label': 'Prefer delay' }),
    ),
  );

/** The panel, created once; `open` fills it with a method's form. */
export const consolePanel = () => {
  const panel = el('aside', { id: 'sb-console', role: 'dialog', 'aria-modal': 'false', hidden: true });
  document.body.append(panel);
  const close = () => {
    panel.hidden = true;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) close();
  });

  const open = (method: ConsoleMethod) => {
    const target = el('input', {
      name: 'sb-target',
      type: 'url',
      value: state.target,
      placeholder: 'https://…/include/api.php',
      required: true,
    });
    const token = el('input', {
      name: 'sb-token',
      type: 'password',
      value: state.token,
      autocomplete: 'off',
    });
    const mock = mockFields(method);
    const form = el(
      'form',
      {},
      el(
        'div',
        { class: 'sb-row' },
        el('label', { for: 'sb-target' }, 'Target'),
        Object.assign(target, { id: 'sb-target' }),
      ),
      el('p', { class: 'sb-note' }, CORS_NOTE),
      el(
        'div',
        { class: 'sb-row' },
        el('label', { for: 'sb-token' }, 'Token'),
        Object.assign(token, { id: 'sb-token' }),
      ),
      el(
        'p',
        { class: 'sb-note' },
        'An admin token (the mock takes any). Kept in this page only, sent only to the target.',
      ),
      el('fieldset', {}, el('legend', {}, 'Arguments'), ...(method.args.length ? method.args.map(argRow) : ['None.'])),
      mock,
      el('button', { type: 'submit', class: 'sb-send' }, 'Send'),
    );
    const showMock = () =>
      void isMock(target.value).then((yes) => {
        mock.hidden = !yes;
      });
    target.addEventListener('change', showMock);
    showMock();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void showAnswer(panel, method, form);
    });
    const closeButton = el('button', { type: 'button', class: 'sb-close', 'aria-label': 'Close the console' }, '×');
    closeButton.addEventListener('click', close);
    panel.setAttribute('aria-label', `Try ${method.name}`);
    panel.replaceChildren(
      el('header', {}, el('h2', {}, 'Try ', el('code', {}, method.name)), closeButton),
      form,
      el(
        'section',
        { class: 'sb-answer', hidden: true, 'aria-live': 'polite' },
        el('h3', {}, 'Answer'),
        el('p', { class: 'sb-status' }),
        el('pre', { class: 'sb-body' }),
        el('h3', {}, 'Headers'),
        el('pre', { class: 'sb-headers' }),
        el('h3', {}, 'curl'),
        el('pre', { class: 'sb-curl' }),
      ),
    );
    panel.hidden = false;
    (method.args[0] ? form.querySelector<HTMLElement>(`[name="${method.args[0].name}"]`) : target)?.focus();
  };
  return { open };
};
