import {
  type AnyMethod,
  type ApiVersion,
  errorExamples,
  type Group,
  methodArgs,
  methodList,
} from '@support-board/contract';

/** What the coverage map covers of one method in one version: its arguments and its documented error codes. */
export interface MethodItems {
  method: string;
  group: Group;
  /** Every argument but `token` and `function`, in the method's order. */
  arguments: string[];
  /** The error codes of its documented examples (the OpenAPI document's): its own, then the dispatcher's. */
  errors: string[];
}

/** The methods, arguments and error codes of the contract as `version` has them. */
export const contractItems = (version: ApiVersion): MethodItems[] =>
  (methodList as readonly AnyMethod[]).map((method) => ({
    method: method.name,
    group: method.group,
    arguments: Object.keys(methodArgs(method, version)),
    errors: errorExamples(method, version).map((example) => example.code),
  }));
