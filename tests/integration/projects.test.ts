import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createProject, updateProject } from "@/lib/projects/mutations";
import { projectFilterSchema } from "@/lib/projects/filters";
import { listProjects } from "@/lib/projects/queries";
import { createStatusUpdate, editStatusUpdate } from "@/lib/projects/update-mutations";
import { PUBLIC } from "@/lib/reads/define";
import { createActor } from "../support/actors";
import { createTestProject, createTestUpdate, projectInput, updateInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const filter = (values: Record<string, unknown>) => projectFilterSchema.parse(values);

describe("creating and editing projects", () => {
  it("gives the project a code of its year and lead country, and audits every field", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const result = await createProject.execute(
      { db, actor: officer, ip: "192.0.2.10" },
      projectInput("TH", { locale: "th", title: "โครงการทดสอบการจัดการน้ำ", approvalYear: 2020 }),
    );
    expect(result).toMatchObject({ ok: true, data: { code: expect.stringMatching(/^LMC-2020-TH-\d{3}$/) } });
    const code = result.ok ? result.data.code : "";
    const project = await db.project.findUniqueOrThrow({
      where: { code },
      include: { title: { include: { translations: true } } },
    });
    expect(project.title).toMatchObject({
      sourceLocale: "th",
      translations: [{ locale: "th", value: "โครงการทดสอบการจัดการน้ำ", status: "source" }],
    });
    expect(project.searchText).toContain("โครงการทดสอบการจัดการน้ำ");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: project.id, action: "projects.create" },
    });
    expect(audit).toMatchObject({ actorId: officer.userId, actorCountry: "TH", ip: "192.0.2.10" });
    expect(audit.changes).toMatchObject({
      title: { before: null, after: "โครงการทดสอบการจัดการน้ำ" },
      paragraphs: { after: ["4.2.5-3"] },
      leadCountryCode: { after: "TH" },
    });
  });

  it("refuses bad input of every kind and changes nothing", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const context = { db, actor: officer, ip: null };
    const before = { projects: await db.project.count(), audit: await db.auditEvent.count() };
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "" }, "title"],
      [{ title: "x".repeat(301) }, "title"],
      [{ summary: "x".repeat(4001) }, "summary"],
      [{ progress: "a lot" }, "progress"],
      [{ progress: 140 }, "progress"],
      [{ status: "finished" }, "status"],
      [
        { funding: [{ source: "lmc_special_fund", currency: "USD", amount: "-5", disbursed: "" }] },
        "funding.0.amount",
      ],
      [
        { funding: [{ source: "lmc_special_fund", currency: "USD", amount: "10", disbursed: "20" }] },
        "funding.0.disbursed",
      ],
      [
        { funding: [{ source: "piggy_bank", currency: "usd", amount: "10", disbursed: "" }] },
        "funding.0.source",
      ],
      [{ plannedStart: "2022-05-01", plannedEnd: "2021-01-01" }, "plannedEnd"],
      [{ plannedStart: "2022-02-30x" }, "plannedStart"],
      [{ paragraphs: ["9.9.9-9"] }, "paragraphs"],
      [{ areas: ["no-such-area"] }, "areas"],
      [{ countries: ["VN"] }, "countries"],
      [{ sdgTargets: ["<b>6.5</b>"] }, "sdgTargets.0"],
      [{ contactEmail: "not an email" }, "contactEmail"],
      [
        { locations: [{ countryCode: "TH", province: "", latitude: "95", longitude: "" }] },
        "locations.0.province",
      ],
    ];
    for (const [overrides, field] of cases) {
      const result = await createProject.execute(context, projectInput("TH", overrides));
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      expect(!result.ok && result.error).toBe("invalid");
      expect(Object.keys(!result.ok ? (result.fieldErrors ?? {}) : {}), JSON.stringify(overrides)).toContain(
        field,
      );
    }
    for (const raw of [null, "text", 42, [], { title: 5 }])
      expect((await createProject.execute(context, raw)).ok).toBe(false);
    // Another country's project: refused by the permission map, not by validation.
    expect(await createProject.execute(context, projectInput("VN"))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect({ projects: await db.project.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it("stores markup as text, never as markup", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const title = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const result = await createProject.execute(
      { db, actor: officer, ip: null },
      projectInput("TH", { title }),
    );
    expect(result.ok).toBe(true);
    const project = await db.project.findUniqueOrThrow({
      where: { code: result.ok ? result.data.code : "" },
      include: { title: { include: { translations: true } } },
    });
    expect(project.title.translations[0]!.value).toBe(title);
  });

  it("refuses a second save from a stale version, showing what is current", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const context = { db, actor: officer, ip: null };
    const first = await updateProject.execute(context, {
      ...projectInput("TH", { title: "First editor's title" }),
      code: project.code,
      version: project.version,
    });
    expect(first).toMatchObject({ ok: true, data: { version: project.version + 1 } });
    const auditBefore = await db.auditEvent.count();
    const second = await updateProject.execute(context, {
      ...projectInput("TH", { title: "Second editor's title" }),
      code: project.code,
      version: project.version,
    });
    expect(second).toMatchObject({
      ok: false,
      error: "conflict",
      current: { title: "First editor's title" },
    });
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("lets a secretariat officer neither edit another country's project nor move their own abroad", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const vietnamese = await createTestProject(db, "VN");
    const thai = await createTestProject(db, "TH");
    const context = { db, actor: officer, ip: null };
    expect(
      await updateProject.execute(context, {
        ...projectInput("VN"),
        code: vietnamese.code,
        version: vietnamese.version,
      }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(
      await updateProject.execute(context, { ...projectInput("VN"), code: thai.code, version: thai.version }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect((await db.project.findUniqueOrThrow({ where: { id: thai.id } })).leadCountryCode).toBe("TH");
  });
});

describe("status updates", () => {
  it("move the project to the status and progress of the latest report", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "KH" });
    const project = await createTestProject(db, "KH", { status: "approved", progress: 0 });
    const context = { db, actor: officer, ip: null };
    expect(
      (
        await createStatusUpdate.execute(
          context,
          updateInput(project.code, { reportedOn: "2024-06-01", progress: 70 }),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await createStatusUpdate.execute(
          context,
          updateInput(project.code, { reportedOn: "2023-06-01", progress: 30 }),
        )
      ).ok,
    ).toBe(true);
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "ongoing",
      progress: 70,
    });
    const invalid = await createStatusUpdate.execute(
      context,
      updateInput(project.code, { narrative: "", evidenceLinks: ["javascript:alert(1)"] }),
    );
    expect(invalid).toMatchObject({ ok: false, error: "invalid" });
    expect(Object.keys(!invalid.ok ? invalid.fieldErrors! : {})).toEqual(
      expect.arrayContaining(["narrative", "evidenceLinks.0"]),
    );
  });
});

describe("status update forms", () => {
  it("refuse bad input of every kind and change nothing", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "KH" });
    const project = await createTestProject(db, "KH");
    const vietnamese = await createTestProject(db, "VN");
    const context = { db, actor: officer, ip: null };
    const before = { updates: await db.statusUpdate.count(), audit: await db.auditEvent.count() };
    const cases: [Record<string, unknown>, string][] = [
      [{ narrative: "" }, "narrative"],
      [{ narrative: "   " }, "narrative"],
      [{ narrative: "x".repeat(8001) }, "narrative"],
      [{ issues: "x".repeat(4001) }, "issues"],
      [{ progress: "most" }, "progress"],
      [{ progress: -1 }, "progress"],
      [{ status: "done" }, "status"],
      [{ reportedOn: "2022-13-45" }, "reportedOn"],
      [{ reportedOn: "yesterday" }, "reportedOn"],
      [{ periodYear: 1999 }, "periodYear"],
      [{ locale: "fr" }, "locale"],
      [{ evidenceLinks: ["javascript:alert(1)"] }, "evidenceLinks.0"],
      [{ evidenceLinks: Array.from({ length: 21 }, (_, n) => `https://example.org/${n}`) }, "evidenceLinks"],
    ];
    for (const [overrides, field] of cases) {
      const result = await createStatusUpdate.execute(context, updateInput(project.code, overrides));
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error: "invalid" });
      expect(Object.keys(!result.ok ? (result.fieldErrors ?? {}) : {}), JSON.stringify(overrides)).toContain(
        field,
      );
    }
    for (const raw of [null, "text", 42, [], { projectCode: 5 }])
      expect((await createStatusUpdate.execute(context, raw)).ok).toBe(false);
    expect(await createStatusUpdate.execute(context, updateInput(vietnamese.code))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await createStatusUpdate.execute(context, updateInput("LMC-2099-KH-999"))).toMatchObject({
      ok: false,
    });
    expect({ updates: await db.statusUpdate.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it("keep markup as text, refuse a stale edit and another country's update", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "KH" });
    const project = await createTestProject(db, "KH");
    const update = await createTestUpdate(db, project.code);
    const foreign = await createTestUpdate(db, (await createTestProject(db, "MM")).code);
    const context = { db, actor: officer, ip: null };
    const edit = (overrides: Record<string, unknown>) => {
      const {
        projectCode: _projectCode,
        attachments: _attachments,
        ...fields
      } = updateInput(project.code, overrides);
      return { ...fields, id: update.id, version: update.version };
    };
    const narrative = `<script>alert("x")</script> Dam inspection done`;
    expect(await editStatusUpdate.execute(context, edit({ narrative }))).toMatchObject({
      ok: true,
      data: { version: update.version + 1 },
    });
    const stored = await db.textTranslation.findUniqueOrThrow({
      where: { textId_locale: { textId: update.narrativeId, locale: "en" } },
    });
    expect(stored.value).toBe(narrative);
    const auditBefore = await db.auditEvent.count();
    expect(await editStatusUpdate.execute(context, edit({ progress: 90 }))).toMatchObject({
      ok: false,
      error: "conflict",
      current: { version: update.version + 1 },
    });
    expect(
      await editStatusUpdate.execute(context, { ...edit({}), id: foreign.id, version: foreign.version }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(await editStatusUpdate.execute(context, { ...edit({}), id: "not-a-uuid" })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect((await db.statusUpdate.findUniqueOrThrow({ where: { id: foreign.id } })).version).toBe(
      foreign.version,
    );
  });
});

describe("finding projects", () => {
  it("finds a Thai-titled and a Khmer-titled project by a query in their script", async () => {
    const thai = await createTestProject(db, "TH", { locale: "th", title: "ระบบเตือนภัยน้ำท่วมลุ่มน้ำโขงตอนล่าง" });
    const khmer = await createTestProject(db, "KH", { locale: "km", title: "ការកសាងអណ្តូងទឹកស្អាតនៅតំបន់ជនបទ" });
    const thaiHits = await listProjects(PUBLIC, filter({ q: "เตือนภัยน้ำท่วม" }), "th");
    expect(thaiHits.items.map((item) => item.code)).toContain(thai.code);
    const khmerHits = await listProjects(PUBLIC, filter({ q: "អណ្តូងទឹកស្អាត" }), "km");
    expect(khmerHits.items.map((item) => item.code)).toEqual([khmer.code]);
    expect((await listProjects(PUBLIC, filter({ q: "អណ្តូងទឹកស្អាត", country: "TH" }), "km")).total).toBe(0);
  });

  it("filters by country, status, funding and commitment, and hides unpublished projects from the public", async () => {
    const hidden = await createTestProject(db, "LA", { published: false, title: "Unpublished Lao project" });
    const staff = await createActor(db, { role: "viewer" });
    expect((await listProjects(PUBLIC, filter({ q: "unpublished lao project" }), "en")).total).toBe(0);
    expect(
      (await listProjects(staff, filter({ q: "unpublished lao project" }), "en")).items.map(
        (item) => item.code,
      ),
    ).toEqual([hidden.code]);
    const byStatus = await listProjects(PUBLIC, filter({ status: "completed", country: "VN" }), "en");
    expect(byStatus.items.every((item) => item.status === "completed")).toBe(true);
    const byCommitment = await listProjects(PUBLIC, filter({ paragraph: "4.2.5-5" }), "en");
    expect(byCommitment.total).toBeGreaterThan(0);
    const byFunding = await listProjects(PUBLIC, filter({ funding: "national_budget" }), "en");
    expect(byFunding.total).toBeGreaterThan(0);
  });
});
