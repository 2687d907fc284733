import type { z } from 'zod';
import type { AnyMethod, AnyWebhook, ResponseExample } from '../define.js';
import { type ErrorCode, type ErrorCodeDefinition, errorCodes } from '../errors.js';
import { methodList } from '../methods/index.js';
import { webhookList } from '../webhooks/index.js';
import type { ArgMap } from '../wire/args.js';
import { type ApiVersion, apiVersions, type MethodVersion, type VersionFact } from './define.js';
import { factIds } from './fact-ids.generated.js';
import { apiVersionFacts } from './facts.js';

/** What `version` changes in a method; undefined for the documented version, or where nothing changes. */
export const methodVersion = (method: AnyMethod, version: ApiVersion): MethodVersion | undefined =>
  version === '3.0' ? undefined : method.versions[version];

/** The schema of a method's `response` in `version`. */
export const responseSchema = (method: AnyMethod, version: ApiVersion): z.ZodType =>
  methodVersion(method, version)?.response ?? method.response;

/** A documented answer as `version` sends it. */
export const adaptResponse = (method: AnyMethod, version: ApiVersion, response: unknown): unknown => {
  const adapt = methodVersion(method, version)?.adapt;
  return adapt ? adapt(response) : response;
};

/** The method's examples as `version` answers them: the documented ones, adapted. */
export const responseExamples = (method: AnyMethod, version: ApiVersion): ResponseExample<unknown>[] =>
  methodVersion(method, version)?.adapt
    ? method.examples.map((example) => ({ ...example, value: adaptResponse(method, version, example.value) }))
    : method.examples;

/** The `function` name of a method in `version`. */
export const wireName = (method: AnyMethod, version: ApiVersion): string =>
  methodVersion(method, version)?.name ?? method.name;

/** The error codes a method answers in `version`. */
export const methodErrors = (method: AnyMethod, version: ApiVersion): ErrorCode[] =>
  methodVersion(method, version)?.errors ?? method.errors;

/** A method's arguments as `version` reads them. */
export const methodArgs = (method: AnyMethod, version: ApiVersion): ArgMap => {
  const changed = methodVersion(method, version)?.args;
  return changed ? { ...method.args, ...changed } : method.args;
};

/** What an absent argument reads as in `version` (undefined when it has no default). */
export const argDefault = (method: AnyMethod, name: string, version: ApiVersion): unknown =>
  methodArgs(method, version)[name]?.spec.default;

const wireNames = (version: ApiVersion) =>
  new Map((methodList as readonly AnyMethod[]).map((method) => [wireName(method, version), method]));
// Built on first use: importing a lookup (wireName, say) must not walk every method.
let byWireName: Map<ApiVersion, Map<string, AnyMethod>> | undefined;

/** The method a `function` name calls in `version` (`wp-sync` is wp-synch in 3.3, and nothing in 3.0). */
export const methodByWireName = (name: string, version: ApiVersion): AnyMethod | undefined => {
  byWireName ??= new Map(apiVersions.map((each) => [each, wireNames(each)]));
  return byWireName.get(version)?.get(name);
};

/** A fact with what it is about: the whole API, an error code, a method or a webhook (by name). */
export interface ScopedFact {
  fact: VersionFact;
  about: { kind: 'api' } | { kind: 'error-code' | 'method' | 'webhook'; name: string };
}

const scoped = (kind: 'error-code' | 'method' | 'webhook', name: string, facts: VersionFact[] = []): ScopedFact[] =>
  facts.map((fact) => ({ fact, about: { kind, name } }));

/** Every fact of a version with what it is about: the API's, the error codes', the methods', the webhooks'. */
export const scopedVersionFacts = (version: ApiVersion): ScopedFact[] =>
  version === '3.0'
    ? []
    : [
        ...apiVersionFacts[version].map((fact): ScopedFact => ({ fact, about: { kind: 'api' } })),
        ...Object.entries(errorCodes).flatMap(([name, code]) =>
          scoped('error-code', name, (code as ErrorCodeDefinition).versions?.[version]?.facts),
        ),
        ...(methodList as readonly AnyMethod[]).flatMap((m) => scoped('method', m.name, m.versions[version]?.facts)),
        ...(webhookList as readonly AnyWebhook[]).flatMap((w) => scoped('webhook', w.name, w.versions[version]?.facts)),
      ];

/** Every fact of a version, whatever it is about. */
export const versionFacts = (version: ApiVersion): VersionFact[] => scopedVersionFacts(version).map(({ fact }) => fact);

// Built on first use, then a lookup: the mock asks it on calls, some of them once per conversation.
const factsOf = new Map<ApiVersion, ReadonlySet<string>>();

const knownFacts: ReadonlySet<string> = new Set(factIds);

/**
 * Whether `version` answers as the fact `id` says (false for the documented version). Throws on an
 * ID that names no fact of any version: a misspelled ID would otherwise read as "not this version".
 */
export const hasFact = (version: ApiVersion, id: string): boolean => {
  if (!knownFacts.has(id)) throw new Error(`[contract] no version fact has the ID "${id}"`);
  let ids = factsOf.get(version);
  if (!ids) {
    ids = new Set(versionFacts(version).map((fact) => fact.id));
    factsOf.set(version, ids);
  }
  return ids.has(id);
};
