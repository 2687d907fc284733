/**
 * What the console knows of each method: built from the site's OpenAPI document (scripts/console.ts)
 * and put into the page as JSON, so that nothing here restates the contract.
 */

/** How an argument travels (`x-wire` in the document). */
export type WireKind = 'id' | 'integer' | 'boolean' | 'text' | 'enum' | 'datetime' | 'json';

export interface ConsoleArg {
  name: string;
  kind: WireKind;
  /** What to type, for the label: `integer`, `JSON array`, ... */
  type: string;
  required: boolean;
  /** The documented example's value, as the field holds it (JSON text for a JSON argument). */
  example?: string;
  /** The accepted values of an enum. */
  options?: string[];
}

export interface ConsoleMethod {
  name: string;
  /** The id of the method's section in Redoc's page (`users/get-user`). */
  section: string;
  args: ConsoleArg[];
  /** The names of its documented answers, for the mock's `Prefer: example=<name>`. */
  examples: string[];
  /** The error codes it can answer, for the mock's `Prefer: code=<code>`. */
  codes: string[];
}

/** The id of the page's element that holds the data. */
export const DATA_ID = 'sb-console-data';
