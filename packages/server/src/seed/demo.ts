import type { Sql } from '../db/database.js';

/** Realistic demo data for a first start. Returns true when it wrote anything. */
export const seedDemoData = async (_sql: Sql, _adminId: number): Promise<boolean> => false;
