import { Client } from 'pg';
import { databaseHost } from '../../libs/devkit/src/infrastructure';

const DUPLICATE_DATABASE = '42P04';
// Two concurrent CREATE DATABASE of one name: the loser fails on pg_database's unique index.
const UNIQUE_VIOLATION = '23505';

/** The admin URL pointed at another database on the same server, with the same credentials. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the databases that do not exist yet; returns the names it created. */
export async function ensureDatabases(adminUrl: string, names: string[]): Promise<string[]> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL does not answer at ${databaseHost(adminUrl)}: ${(error as Error).message}`);
  }
  try {
    const created: string[] = [];
    for (const name of names) {
      if (await createIfMissing(client, name)) created.push(name);
    }
    return created;
  } finally {
    await client.end();
  }
}

async function createIfMissing(client: Client, name: string): Promise<boolean> {
  const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (existing.rowCount) return false;
  try {
    // CREATE DATABASE takes no bind parameters (nor a transaction): quote the name instead.
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}
