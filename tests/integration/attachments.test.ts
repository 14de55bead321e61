// Status-update attachments: recognised by their content, named safely, stored in PostgreSQL in the
// update's own transaction (ADR 12), and refused before anything is written.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { attachmentFile, checkAttachments } from "@/lib/projects/attachments";
import { attachmentFilesSchema, MAX_ATTACHMENT_BYTES } from "@/lib/projects/schemas";
import { createStatusUpdate } from "@/lib/projects/update-mutations";
import { PUBLIC } from "@/lib/reads/define";
import { createActor } from "../support/actors";
import { createTestProject, updateInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

describe("attachments", () => {
  it("are recognised by their content, renamed safely and stored with their update", async () => {
    const project = await createTestProject(db, "TH");
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const files = [new File([PDF], "../../etc/report.PDF"), new File([PNG], "photo")];
    const result = await createStatusUpdate.execute(
      { db, actor: officer, ip: null },
      updateInput(project.code, { attachments: files }),
    );
    expect(result).toMatchObject({ ok: true });
    const stored = await db.attachment.findMany({
      where: { update: { projectId: project.id } },
      orderBy: { fileName: "asc" },
      include: { content: true },
    });
    expect(stored.map((file) => [file.fileName, file.mediaType])).toEqual([
      ["photo.png", "image/png"],
      ["report.PDF", "application/pdf"],
    ]);
    expect(Buffer.from(stored[1]!.content!.bytes).toString()).toBe(PDF);
    const served = await attachmentFile(PUBLIC, stored[1]!.id);
    expect(Buffer.from(served!.content!.bytes).toString()).toBe(PDF);
  });

  it("refuses a file whose content is not an allowed type, whatever its name", async () => {
    await expect(
      checkAttachments([
        new File(["MZ\x90\x00 this is a program"], "report.pdf"),
        new File(["<html><script>"], "page.docx"),
      ]),
    ).rejects.toMatchObject({
      code: "invalid",
      details: {
        fieldErrors: {
          attachments: [
            { key: "validation.fileType", params: { name: "report.pdf" } },
            { key: "validation.fileType", params: { name: "page.docx" } },
          ],
        },
      },
    });
  });

  it("refuses files over 10 MB and more than 5 files, before reading them", () => {
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], "big.pdf");
    const tooBig = attachmentFilesSchema.safeParse([big]);
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues).toMatchObject([
      { message: "validation.fileTooLarge", params: { name: "big.pdf", maximum: 10 } },
    ]);
    const many = Array.from({ length: 6 }, (_, index) => new File([PDF], `${index}.pdf`));
    expect(attachmentFilesSchema.safeParse(many).error?.issues).toMatchObject([
      { message: "validation.tooManyFiles", params: { maximum: 5 } },
    ]);
  });

  it("writes nothing for another country's project: the scope is checked before the files are read", async () => {
    const vietnamese = await createTestProject(db, "VN");
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const before = await db.attachment.count();
    const result = await createStatusUpdate.execute(
      { db, actor: officer, ip: null },
      updateInput(vietnamese.code, { attachments: [new File([PDF], "report.pdf")] }),
    );
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.attachment.count()).toBe(before);
  });

  it("keeps an unpublished project's attachments from the public", async () => {
    const hidden = await createTestProject(db, "TH", { published: false });
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    await createStatusUpdate.execute(
      { db, actor: officer, ip: null },
      updateInput(hidden.code, { attachments: [new File([PDF], "secret.pdf")] }),
    );
    const file = await db.attachment.findFirstOrThrow({ where: { update: { projectId: hidden.id } } });
    expect(await attachmentFile(PUBLIC, file.id)).toBeNull();
    expect(await attachmentFile(officer, file.id)).not.toBeNull();
  });
});
