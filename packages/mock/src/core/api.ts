import {
  type AnyMethod,
  type ApiVersion,
  errorAnswer,
  type Failure,
  type Fields,
  type MethodName,
  success,
} from '@support-board/contract';
import { withCors } from './cors.js';
import { generateDynamic } from './generate/dynamic.js';
import { forcedFailure, type Outcome } from './generate/outcome.js';
import type { StatefulEngine } from './generate/stateful/engine.js';
import { formatCall } from './log.js';
import { type DocumentedExample, staticExample } from './negotiate/documented.js';
import { chooseOutcome, readTiming, type Timing, type UsageError } from './negotiate/negotiate.js';
import { type Preferences, parsePrefer } from './negotiate/prefer.js';
import type { ResolvedOptions } from './options.js';
import { route } from './route/dispatch.js';
import { failureHeaders, json, sleep, warningHeader } from './serve/respond.js';
import type { TokenCheck } from './tokens.js';
import { validateCall } from './validate/validate.js';

export interface ApiDeps {
  options: ResolvedOptions;
  engine: StatefulEngine | undefined;
  tokens: TokenCheck;
  /** The base of links the mock answers (CSV exports); undefined: the URL the call came to, less `/include/api.php`. */
  publicUrl: string | undefined;
}

interface Answer {
  body: unknown;
  headers: Record<string, string>;
  outcome: string;
}

/** Serialised once: static answers are the same bytes every time. */
const exampleBodies = new Map<string, string>();
const exampleBody = (method: AnyMethod, version: ApiVersion, name: string, value: unknown) => {
  const key = `${version}\0${method.name}\0${name}`;
  let body = exampleBodies.get(key);
  if (body === undefined) {
    body = JSON.stringify(success(value));
    exampleBodies.set(key, body);
  }
  return body;
};

const fromOutcome = (method: AnyMethod, version: ApiVersion, outcome: Outcome, mode: string): Answer => {
  if (outcome.kind === 'failure') {
    return {
      body: outcome.failure,
      headers: { 'x-mock-mode': mode, ...failureHeaders(outcome.failure, outcome) },
      outcome: `code=${outcome.failure.response}`,
    };
  }
  const headers: Record<string, string> = { 'x-mock-mode': mode };
  if (outcome.fallback) headers['x-mock-fallback'] = 'example';
  const isExample = outcome.fallback || method.examples.some((example) => example.name === outcome.served);
  if (mode === 'static' || outcome.fallback) headers['x-mock-example'] = outcome.served;
  const body = isExample ? exampleBody(method, version, outcome.served, outcome.value) : success(outcome.value);
  return { body, headers, outcome: isExample ? `example=${outcome.served}` : mode };
};

/** Where the installation is, from the URL of its API: `https://example.com/sb/include/api.php` → `https://example.com/sb`. */
const installationUrl = (apiUrl: string) => {
  const { origin, pathname } = new URL(apiUrl);
  return origin + pathname.replace(/\/include\/api\.php$/, '').replace(/\/$/, '');
};

type Call = { method: AnyMethod; name: MethodName; token: string; fields: Fields };

/** What the mode makes for a valid call, its arguments decoded, with no example or code asked for. */
const generate = (
  deps: ApiDeps,
  request: Request,
  call: Call,
  args: Record<string, unknown>,
  timing: Timing,
): [Outcome, string] => {
  const { options } = deps;
  const dynamic = timing.dynamic ?? options.mode === 'dynamic';
  if (options.mode === 'stateful' && deps.engine && timing.dynamic !== true) {
    const baseUrl = deps.publicUrl ?? installationUrl(request.url);
    return [deps.engine.handle({ method: call.method, name: call.name, token: call.token, args, baseUrl }), 'stateful'];
  }
  const example = staticExample(call.method, options.apiVersion);
  if (dynamic) {
    const generated = generateDynamic(call.method, call.fields, timing.seed ?? options.seed, options.apiVersion);
    const served = generated.fallback ? example.name : 'dynamic';
    return [{ kind: 'success', value: generated.value, served, fallback: generated.fallback }, 'dynamic'];
  }
  return [{ kind: 'success', value: example.value, served: example.name }, 'static'];
};

const usageAnswer = (error: UsageError): Answer => ({
  body: { status: 'mock-error', ...error },
  headers: { 'x-mock-error': error.error },
  outcome: `mock error: ${error.error}`,
});

const failed = (failure: Failure, detail: { argument?: string | undefined; reason?: string | undefined }) => ({
  body: failure,
  headers: failureHeaders(failure, detail),
  outcome: `code=${failure.response}`,
});

interface Served {
  answer: Answer;
  status: number;
  name?: string | undefined;
  applied: string[];
  delayMs: number;
}

/** What `Prefer: example=<name>` asked for: a documented success, or a documented error in its exact shape. */
const documentedAnswer = (example: DocumentedExample): [Outcome, string] =>
  example.kind === 'success'
    ? [{ kind: 'success', value: example.value, served: example.name }, 'static']
    : [
        { kind: 'failure', failure: example.failure, reason: `asked for with Prefer: example=${example.name}` },
        'static',
      ];

/**
 * Route, validate, negotiate, generate: the pipeline of one call, in the original's order of checks.
 * A call the API refuses is answered as the API would, whatever `Prefer` asks (only a valid delay
 * applies): what the preferences ask for is checked once the call is valid.
 */
const serveCall = async (deps: ApiDeps, request: Request, preferences: Preferences): Promise<Served> => {
  const timing = readTiming(preferences, deps.options.maxDelayMs);
  const refusedApplied = timing.ok ? timing.value.applied : [];
  const delayMs = timing.ok ? timing.value.delayMs : 0;
  const refused = (name: string | undefined, answer: Answer): Served => ({
    name,
    status: 200,
    applied: refusedApplied,
    delayMs,
    answer,
  });
  const version = deps.options.apiVersion;
  const routed = await route(request, version);
  const name = routed.fields.function;
  if (!routed.ok) return refused(name, failed(routed.failure, routed));
  if (!deps.tokens.accepts(routed.token)) {
    const admins = deps.engine ? ' and the tokens of the admins in its store' : '';
    const reason = `the mock accepts only the token it was started with (--token)${admins}`;
    return refused(name, failed(errorAnswer('invalid-token', {}, version), { reason }));
  }
  const { method } = routed;
  const validation = validateCall(method, routed.fields, version);
  const warnings = warningHeader(validation.diagnostics);
  if (!validation.ok) {
    const [first] = validation.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const answer = failed(validation.failure, { argument: first?.argument, reason: first?.message });
    return refused(name, { ...answer, headers: { ...answer.headers, ...warnings } });
  }
  if (!timing.ok) return { name, status: 400, applied: [], delayMs: 0, answer: usageAnswer(timing.error) };
  const choice = chooseOutcome(method, preferences, version);
  if (!choice.ok) return { name, status: 400, applied: [], delayMs: 0, answer: usageAnswer(choice.error) };
  const { example, code } = choice.value;
  const [outcome, mode] = example
    ? documentedAnswer(example)
    : code
      ? [forcedFailure(method, code, version), deps.options.mode]
      : generate(deps, request, routed, validation.args, timing.value);
  const answer = fromOutcome(method, version, outcome, mode);
  if (example) {
    answer.headers['x-mock-example'] = example.name;
    answer.outcome = `example=${example.name}`;
  }
  Object.assign(answer.headers, warnings);
  if (mode === 'dynamic') answer.headers['x-mock-seed'] = String(timing.value.seed ?? deps.options.seed);
  return { name, status: 200, applied: [...timing.value.applied, ...choice.value.applied], delayMs, answer };
};

/**
 * `POST /include/api.php`: route on `function`, validate against the contract, negotiate the
 * outcome from `Prefer`, generate it in the mode's way, serve it with headers saying what it is.
 * A Fetch `Request` in, a `Response` out: any transport (the HTTP server, MSW) can call it.
 */
export const apiHandler = (deps: ApiDeps) => async (request: Request) => {
  const started = performance.now();
  const served = await serveCall(deps, request, parsePrefer(request.headers.get('prefer')));
  if (served.delayMs > 0) await sleep(served.delayMs);
  const { answer, status, name, applied } = served;
  answer.headers['x-mock-mode'] ??= deps.options.mode;
  if (applied.length) answer.headers['preference-applied'] = applied.join(', ');
  const ms = performance.now() - started;
  if (deps.options.logging) deps.options.log(formatCall({ function: name, outcome: answer.outcome, status, ms }));
  return json(answer.body, status, withCors(request, answer.headers));
};
