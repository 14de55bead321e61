// `npm run backup` / `npm run restore` (scripts/db/backup.ts) on real databases: a seeded portal
// backed up and restored into a fresh database has every table's rows and content hash identical,
// stored files included (attachments and printed packs are rows); a non-empty database is refused without --force; a backup taken
// while writes go on holds one snapshot.
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/prisma/seed/demo";
import { backup, restore, RestoreRefused } from "../../scripts/db/backup";
import { withDatabase } from "../../scripts/db/connection";
import { createDatabaseIfMissing, dropDatabase, withAdminClient } from "../../scripts/db/database";
import { applyMigrations } from "../../scripts/db/migrations";
import { tableSums } from "../../scripts/db/table-contents";

const server = withDatabase(process.env.DATABASE_OWNER_URL!, "postgres");
const created: string[] = [];

async function freshDatabase(label: string): Promise<string> {
  const name = `lmc_backup_${label}_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(server, name);
  created.push(name);
  return withDatabase(server, name);
}

const sums = (url: string) => withAdminClient(url, tableSums);

let source: string;
let work: string;

beforeAll(async () => {
  source = await freshDatabase("source");
  await applyMigrations(source);
  const db = createPrismaClient(source);
  try {
    await seedDemo(db, { demo: true });
  } finally {
    await db.$disconnect();
  }
  work = await mkdtemp(path.join(tmpdir(), "lmc-backup-"));
}, 180_000);

afterAll(async () => {
  for (const name of created) await dropDatabase(server, name);
});

describe("backup and restore", () => {
  it("restores a seeded portal into a fresh database with identical tables and stored files", async () => {
    const pack = Buffer.from("%PDF-1.7 pack in Thai");
    const seeded = createPrismaClient(source);
    await seeded.briefingPack.create({ data: { key: "edition-1-th-public", bytes: pack } });
    await seeded.$disconnect();
    const archive = path.join(work, "portal.lmcbackup.gz");
    const manifest = await backup(source, archive);
    const before = await sums(source);
    expect(manifest.tables).toEqual(before);
    expect(before.Project!.rows).toBeGreaterThan(100);
    expect(before.BriefingPack!.rows).toBe(1);

    const target = await freshDatabase("target");
    await restore(target, archive);
    expect(await sums(target)).toEqual(before);

    // The restored portal reads the same and writes on: its sequences continue after the rows.
    const restored = createPrismaClient(target);
    const original = createPrismaClient(source);
    try {
      const restoredPack = await restored.briefingPack.findUniqueOrThrow({
        where: { key: "edition-1-th-public" },
      });
      expect(Buffer.from(restoredPack.bytes).equals(pack)).toBe(true);
      const page = {
        where: { published: true },
        orderBy: { code: "asc" as const },
        take: 20,
        include: { funding: { orderBy: { position: "asc" as const } } },
      };
      expect(await restored.project.findMany(page)).toEqual(await original.project.findMany(page));
      const last = await original.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      const next = await restored.auditEvent.create({
        data: { action: "backup.test", entityType: "Backup", entityId: "restored", changes: {} },
      });
      expect(next.id).toBeGreaterThan(last!.id);
    } finally {
      await Promise.all([restored.$disconnect(), original.$disconnect()]);
    }

    // Not over rows that are there, unless asked.
    await expect(restore(target, archive)).rejects.toBeInstanceOf(RestoreRefused);
    await restore(target, archive, { force: true });
    expect(await sums(target)).toEqual(before);
  }, 180_000);

  it("takes one snapshot while writes go on: rows written together are restored together", async () => {
    const db = createPrismaClient(source);
    const marker = `pair-${randomUUID().slice(0, 8)}`;
    let writing = true;
    let pairs = 0;
    const writer = (async () => {
      while (writing) {
        await db.$transaction([
          db.auditEvent.create({
            data: { action: marker, entityType: "Left", entityId: String(pairs), changes: {} },
          }),
          db.auditEvent.create({
            data: { action: marker, entityType: "Right", entityId: String(pairs), changes: {} },
          }),
        ]);
        pairs++;
      }
    })();
    try {
      const archive = path.join(work, "during-writes.lmcbackup.gz");
      await new Promise((resolve) => setTimeout(resolve, 200));
      await backup(source, archive);
      writing = false;
      await writer;
      const target = await freshDatabase("snapshot");
      await restore(target, archive);
      const restored = createPrismaClient(target);
      try {
        const left = await restored.auditEvent.count({ where: { action: marker, entityType: "Left" } });
        const right = await restored.auditEvent.count({ where: { action: marker, entityType: "Right" } });
        expect(left).toBe(right);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThan(pairs);
      } finally {
        await restored.$disconnect();
      }
    } finally {
      writing = false;
      await writer;
      await db.$disconnect();
    }
  }, 180_000);
});
