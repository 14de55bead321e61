// What the load test's clients do: 80 % reads over the public routes, 20 % writes by the six
// secretariats (new status updates on their own projects, and corrections of them at the version
// they hold, a third of them followed by a stale one). Every write's answer is recorded for the
// reconciliation against the database.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { buildFile } from "../build-dir";

export type Writer = { country: string; cookie: string; projects: string[] };
export type Sample = { route: string; status: number; ms: number };
export type Written = { id: string; project: string; version: number; narrative: string };
export type Ledger = {
  created: Written[];
  /** Corrections acknowledged (ok), per update id. */
  edited: Map<string, number>;
  /**
   * Corrections cut off in flight (the connection dropped, or the balancer answered 502 for an
   * instance that died), per update id: they may have committed. Such an update is not corrected
   * again (its version is no longer known).
   */
  uncertain: Map<string, number>;
  /** Corrections sent at a stale version and refused as a conflict. */
  staleRefused: number;
  /** Writes answered neither ok nor as the expected conflict. */
  unexpected: string[];
};

/** The public routes read, each answering 200 on the seeded data (a read answered otherwise is counted). */
const readsOf = (project: string): [route: string, path: string][] => [
  ["plan", "/en/plan"],
  ["section", "/th/plan/4-2-5"],
  ["projects (filters, search)", "/en/projects?country=TH&status=ongoing&q=water"],
  ["projects (Thai search)", "/th/projects?q=%E0%B8%99%E0%B9%89%E0%B8%B3"],
  ["project page", `/km/projects/${project}`],
  ["dashboard", "/en/dashboard"],
  ["API projects", "/api/v1/projects?limit=50&country=VN"],
];

/** A published project with status updates, for the project page read. */
export async function readProject(owner: pg.Client): Promise<string> {
  const { rows } = await owner.query<{ code: string }>(
    `SELECT p.code FROM "Project" p WHERE p.published AND p."leadCountryCode" = 'TH'
        AND EXISTS (SELECT 1 FROM "StatusUpdate" u WHERE u."projectId" = p.id)
      ORDER BY p.code LIMIT 1`,
  );
  if (!rows[0]) throw new Error("no published Thai project with updates in the seeded data");
  return rows[0].code;
}

/** The id of the status-update correction action in this build (server actions are addressed by id). */
export function editActionId(): string {
  const manifest = JSON.parse(
    readFileSync(buildFile("server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.exportedName === "editStatusUpdateAction" && entry.filename === "lib/projects/actions.ts",
  );
  if (!found) throw new Error("editStatusUpdateAction is not in this build's server actions");
  return found[0];
}

const timed = async (route: string, work: () => Promise<Response>, samples: Sample[]) => {
  const started = performance.now();
  let status = 0;
  let body = "";
  try {
    const response = await work();
    status = response.status;
    body = await response.text();
  } catch {
    status = 0; // the connection failed: counted as an error
  }
  samples.push({ route, status, ms: performance.now() - started });
  return { status, body };
};

const narrativeOf = (writeNo: number, runId: string) => `Load test ${runId}, write ${writeNo}.`;

const updateFields = (writeNo: number, runId: string) => ({
  locale: "en",
  reportedOn: new Date().toISOString().slice(0, 10),
  periodYear: new Date().getUTCFullYear(),
  status: "ongoing",
  progress: writeNo % 100,
  narrative: narrativeOf(writeNo, runId),
  milestones: "",
  issues: "",
  evidenceLinks: [],
  confirmedUnicode: [],
});

export function trafficFor(
  origin: string,
  writers: Writer[],
  { runId, actionId, project }: { runId: string; actionId: string; project: string },
) {
  const reads = readsOf(project);
  const samples: Sample[] = [];
  const ledger: Ledger = {
    created: [],
    edited: new Map(),
    uncertain: new Map(),
    staleRefused: 0,
    unexpected: [],
  };
  let writes = 0;

  const read = async () => {
    const [route, path] = reads[Math.floor(Math.random() * reads.length)]!;
    await timed(route, () => fetch(`${origin}${path}`), samples);
  };

  /** A new status update on `project` (by default one of the writer's own in turn). */
  const create = async (writer: Writer, project?: string): Promise<Written | null> => {
    const writeNo = ++writes;
    const form = new FormData();
    project ??= writer.projects[writeNo % writer.projects.length]!;
    form.set("payload", JSON.stringify({ ...updateFields(writeNo, runId), projectCode: project }));
    const { status, body } = await timed(
      "write: new status update",
      () =>
        fetch(`${origin}/api/status-updates`, {
          method: "POST",
          body: form,
          headers: { Cookie: writer.cookie, Origin: origin },
        }),
      samples,
    );
    const result = status === 200 ? (JSON.parse(body) as { ok: boolean; data?: { id: string } }) : null;
    if (!result?.ok || !result.data) {
      ledger.unexpected.push(`create ${status} ${body.slice(0, 120)}`);
      return null;
    }
    const written = { id: result.data.id, project, version: 1, narrative: narrativeOf(writeNo, runId) };
    ledger.created.push(written);
    return written;
  };

  const correct = async (writer: Writer, target: Written, version: number) => {
    const stale = version < target.version;
    const input = { ...updateFields(++writes, runId), id: target.id, version };
    const { status, body } = await timed(
      stale ? "write: correction at a stale version" : "write: correction",
      () =>
        fetch(`${origin}/en/staff/projects/${target.project}/updates/${target.id}/edit`, {
          method: "POST",
          headers: {
            "Next-Action": actionId,
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
            Cookie: writer.cookie,
            Origin: origin,
          },
          body: JSON.stringify([input]),
        }),
      samples,
    );
    const ok = status === 200 && /"ok":true/.test(body);
    const conflict = status === 200 && /"error":"conflict"/.test(body);
    if (ok && !stale) {
      target.version += 1;
      ledger.edited.set(target.id, (ledger.edited.get(target.id) ?? 0) + 1);
    } else if (conflict && stale) ledger.staleRefused += 1;
    else {
      if (!stale && (status === 0 || status === 502))
        ledger.uncertain.set(target.id, (ledger.uncertain.get(target.id) ?? 0) + 1);
      ledger.unexpected.push(`correction${stale ? " (stale)" : ""} ${status} ${body.slice(0, 160)}`);
    }
  };

  /**
   * A correction at the version the client holds; one in three is followed by the same correction
   * from a second tab still holding the old version, which must be refused as a conflict.
   */
  const edit = async (writer: Writer, target: Written) => {
    const held = target.version;
    await correct(writer, target, held);
    if (target.version > held && Math.random() < 1 / 3) await correct(writer, target, held);
  };

  /** One client: requests one after another until `until`. Each client writes as one secretariat. */
  const client = async (index: number, until: number) => {
    const writer = writers[index % writers.length]!;
    const mine: Written[] = [];
    while (Date.now() < until) {
      if (Math.random() >= 0.2) {
        await read();
      } else {
        const editable = mine.filter((written) => !ledger.uncertain.has(written.id));
        if (!editable.length || Math.random() < 0.5) {
          const written = await create(writer);
          if (written) mine.push(written);
        } else {
          await edit(writer, editable[Math.floor(Math.random() * editable.length)]!);
        }
      }
    }
  };

  return { samples, ledger, client, create };
}
