import { execFileSync } from "node:child_process";

export const PDFTOTEXT_HINT =
  "The briefing-pack tests read PDF text with poppler's pdftotext. On Debian/Ubuntu: `sudo apt-get install -y poppler-utils`.";

/** Whether poppler's pdftotext is installed. */
export function hasPdfToText(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The text layer of a PDF, as poppler reads it (honouring ActualText, which complex scripts need). */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  }).toString("utf8");
}
