import type { Finding } from '../core/types.js';

/** A finding without the check it belongs to: what a report shows under that check. */
export type Found = Omit<Finding, 'check'>;

/**
 * A finding as every report shows it, label and value in this order: the console, junit.xml and
 * report.html all read it from here.
 */
export const findingRows = (finding: Found): [label: string, value: string][] => [
  ...(finding.method ? [['method', finding.method] as [string, string]] : []),
  ['path', finding.path],
  ['expected', finding.expected],
  ['received', finding.received],
  ...(finding.hint ? [['hint', finding.hint] as [string, string]] : []),
  ...(finding.curl ? [['curl', finding.curl] as [string, string]] : []),
];
