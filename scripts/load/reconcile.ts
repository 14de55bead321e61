// The load test's reconciliation (scripts/load/run.ts, and the cluster fault tests): every write the
// portal acknowledged is in the database exactly once, at the version its corrections reached, with
// one audit event per acknowledged change; every refused one left nothing. A correction cut off in
// flight (an instance killed) may have committed or not, never half: its update's version may be one
// higher, with one more correction event.
import type pg from "pg";
import type { Ledger } from "./traffic";

export type Reconciliation = {
  /** Differences between what was acknowledged and what is stored. */
  problems: string[];
  /** Status updates stored since the run began that no answer acknowledged. */
  storedUnacknowledged: number;
};

export async function reconcile(client: pg.Client, ledger: Ledger, since: Date): Promise<Reconciliation> {
  const ids = ledger.created.map((written) => written.id);
  const { rows: stored } = await client.query<{ id: string; version: number }>(
    `SELECT id, version FROM "StatusUpdate" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const { rows: extra } = await client.query<{ count: string }>(
    `SELECT count(*) FROM "StatusUpdate" WHERE "createdAt" >= $1 AND NOT (id = ANY($2::uuid[]))`,
    [since, ids],
  );
  const { rows: audits } = await client.query<{ entityId: string; action: string; count: string }>(
    `SELECT "entityId", action, count(*) FROM "AuditEvent"
      WHERE "entityId" = ANY($1::text[]) AND action IN ('updates.create', 'updates.edit') GROUP BY 1, 2`,
    [ids],
  );
  const auditCount = (id: string, action: string) =>
    Number(audits.find((row) => row.entityId === id && row.action === action)?.count ?? 0);
  const versionOf = new Map(stored.map((row) => [row.id, row.version]));
  const problems: string[] = [];
  for (const { id } of ledger.created) {
    const edits = ledger.edited.get(id) ?? 0;
    const uncertain = ledger.uncertain.get(id) ?? 0;
    const version = versionOf.get(id);
    if (version === undefined) problems.push(`${id}: acknowledged but not stored`);
    else if (version < 1 + edits || version > 1 + edits + uncertain)
      problems.push(
        `${id}: version ${version}, expected ${1 + edits}${uncertain ? ` to ${1 + edits + uncertain}` : ""}`,
      );
    if (auditCount(id, "updates.create") !== 1)
      problems.push(`${id}: ${auditCount(id, "updates.create")} creation events`);
    // One correction event for each correction stored: as many as the version says.
    const corrections = auditCount(id, "updates.edit");
    if (version !== undefined && corrections !== version - 1)
      problems.push(`${id}: ${corrections} correction events at version ${version}`);
  }
  return { problems, storedUnacknowledged: Number(extra[0]!.count) };
}

export function printReconciliation(
  { problems, storedUnacknowledged }: Reconciliation,
  ledger: Ledger,
): void {
  const edits = [...ledger.edited.values()].reduce((sum, count) => sum + count, 0);
  const cutOff = [...ledger.uncertain.values()].reduce((sum, count) => sum + count, 0);
  const differences = problems.length + (storedUnacknowledged ? 1 : 0);
  console.log(
    `\nReconciliation: ${ledger.created.length} new status updates and ${edits} corrections acknowledged, ` +
      `${ledger.staleRefused} stale corrections refused as conflicts` +
      `${cutOff ? `, ${cutOff} cut off in flight (stored whole or not at all)` : ""}; ` +
      `${differences ? `${differences} differences` : "every acknowledged write stored exactly once with its audit events, every refused one left nothing"}.`,
  );
  if (storedUnacknowledged)
    console.log(`  ${storedUnacknowledged} status updates stored that no answer acknowledged`);
  for (const problem of [...problems, ...ledger.unexpected].slice(0, 20)) console.log(`  ${problem}`);
  if (ledger.unexpected.length)
    console.log(`${ledger.unexpected.length} writes answered neither ok nor as the expected conflict`);
}
