// Connection strings for scripts. pg and adapter-pg get separate fields, never a connection string:
// adapter-pg 7.10 loses a connection string when it derives a shadow-database connection.

export type ConnectionParts = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export function connectionParts(url: string): ConnectionParts {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return connectionParts(url).database;
}
