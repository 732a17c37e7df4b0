import pg from 'pg';

/** Where a PostgreSQL server is and how to log in; the database is chosen per department. */
export interface ServerConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** Reads a `postgres://` URL; its database part is ignored because each department has its own. */
export function parseDatabaseUrl(url: string): ServerConnection {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: decodeURIComponent(parsed.password),
  };
}

/** Creates the database when it does not exist yet; safe to call from several processes. */
export async function ensureDatabase(server: ServerConnection, database: string): Promise<void> {
  const client = new pg.Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      } catch (error) {
        // Another process created it between the check and the create.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
