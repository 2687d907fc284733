/** The benches' databases. */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectPostgres, type Database, openEmbedded } from '../dist/db/database.js';

/** A fresh database: embedded in memory, or created on DATABASE_URL's server and dropped afterwards. */
export const openBenchDatabase = async (): Promise<{ database: Database; url?: string; drop(): Promise<void> }> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openEmbedded();
    return { database, drop: () => database.close() };
  }
  const name = `sb_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString());
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};
