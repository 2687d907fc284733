/**
 * A fresh, migrated database for each test file: on the PostgreSQL server of `TEST_DATABASE_URL`
 * when it is set (a new database, dropped afterwards), otherwise on embedded PGlite (loaded from a
 * migrated template, so that initdb runs once per machine, not once per file).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { connectPostgres, type Database, openEmbedded } from '../../src/db/database.js';
import { migrate, migrations } from '../../src/db/migrate.js';

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';

const templateFile = () => {
  const digest = createHash('sha256')
    .update(migrations.map((m) => m.sql).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return join(tmpdir(), `support-board-pglite-template-${digest}.tar.gz`);
};

const pgliteTemplate = async (): Promise<Blob> => {
  const file = templateFile();
  if (!existsSync(file)) {
    const temp = `${file}.${process.pid}.tmp`;
    const dump = await dumpMigrated();
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file);
  }
  return new Blob([readFileSync(file)]);
};

/** A migrated PGlite's data directory as a tarball. */
const dumpMigrated = async (): Promise<Blob> => {
  const database = await openEmbedded();
  await migrate(database.sql);
  const dump = await database.pglite!.dumpDataDir('gzip');
  await database.close();
  return dump;
};

export const testDatabase = async (): Promise<Database & { url?: string }> => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openEmbedded(undefined, { loadDataDir: await pgliteTemplate() });
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = connectPostgres(target.toString());
  await migrate(database.sql);
  return {
    ...database,
    url: target.toString(),
    close: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};
