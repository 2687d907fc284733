export { type Config, readConfig } from './config.js';
export { connectPostgres, type Database, openDatabase, openEmbedded } from './db/database.js';
export { migrate } from './db/migrate.js';
export { createLogger, type Logger } from './log.js';
export { type RunningServer, type StartOptions, startServer } from './server.js';
