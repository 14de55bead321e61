import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES, readStored, removeStored, storeUploads } from "@/lib/projects/attachments";

const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

beforeAll(() => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "lmc-uploads-"));
});

describe("attachments", () => {
  it("are recognised by their content, renamed safely and stored outside the web root", async () => {
    const result = await storeUploads([new File([PDF], "../../etc/report.PDF"), new File([PNG], "photo")]);
    expect("stored" in result).toBe(true);
    const stored = "stored" in result ? result.stored : [];
    expect(stored.map((file) => [file.fileName, file.mediaType])).toEqual([
      ["report.PDF", "application/pdf"],
      ["photo.png", "image/png"],
    ]);
    expect(stored[0]!.storageKey).toMatch(/^\d{4}-\d{2}\/[\w-]+$/);
    expect((await readStored(stored[0]!.storageKey)).toString()).toBe(PDF);
    expect(readFileSync(path.join(process.env.UPLOAD_DIR!, stored[0]!.storageKey), "utf8")).toBe(PDF);
    await removeStored(stored.map((file) => file.storageKey));
  });

  it("refuses a file whose content is not an allowed type, whatever its name", async () => {
    const result = await storeUploads([
      new File(["MZ\x90\x00 this is a program"], "report.pdf"),
      new File(["<html><script>"], "page.docx"),
    ]);
    expect(result).toEqual({
      problems: [
        { key: "validation.fileType", params: { name: "report.pdf" } },
        { key: "validation.fileType", params: { name: "page.docx" } },
      ],
    });
  });

  it("refuses files over 10 MB and more than 5 files, storing nothing", async () => {
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], "big.pdf");
    expect(await storeUploads([big])).toEqual({
      problems: [{ key: "validation.fileTooLarge", params: { name: "big.pdf", maximum: 10 } }],
    });
    const many = Array.from({ length: 6 }, (_, index) => new File([PDF], `${index}.pdf`));
    expect(await storeUploads(many)).toEqual({
      problems: [{ key: "validation.tooManyFiles", params: { maximum: 5 } }],
    });
  });
});
