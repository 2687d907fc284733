/** Reading a query's plan as PostgreSQL's EXPLAIN (FORMAT JSON) gives it, node by node. */
import type { Queryable } from '../../src/db/database.js';

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  /** With ANALYZE: 0 for a node never run. */
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** A plan's node and every node below it. */
export const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** Every node of `query`'s plan; `options` as EXPLAIN takes them (`ANALYZE, BUFFERS` runs it). */
export const explain = async (db: Queryable, query: string, parameters: unknown[] = [], options = '') => {
  const [row] = await db.unsafe(
    `EXPLAIN (${options ? `${options}, ` : ''}FORMAT JSON) ${query}`,
    parameters as never[],
  );
  const [explained] = Object.values(row!) as [[{ Plan: PlanNode }]];
  return nodes(explained[0].Plan);
};
