import { openAppDatabase } from "../db/database";
import pg from "pg";
const db = await openAppDatabase();
const c = new pg.Client(db.url); await c.connect();
for (const q of process.argv.slice(2)) { const r = await c.query(q); console.table(r.rows); }
await c.end(); await db.close(); process.exit(0);
