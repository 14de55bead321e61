import "server-only";
import yauzl from "yauzl";
import { MAX_UNPACKED_BYTES } from "./limits";

const MAX_PARTS = 2_000;

/**
 * Whether a zip (an XLSX workbook) unpacks within MAX_UNPACKED_BYTES, checked by unpacking it as a
 * stream and counting, before the spreadsheet library holds any of it in memory: a zip bomb (a few
 * kilobytes declaring or hiding gigabytes) is refused, and so is an encrypted or malformed archive.
 * yauzl refuses a part that unpacks to more than its header declares, so the declared sizes bound
 * what the spreadsheet library will unpack afterwards.
 */
export function unpacksWithinLimit(bytes: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve(false);
      let declared = 0;
      let unpacked = 0;
      let parts = 0;
      const fail = () => {
        zip.close();
        resolve(false);
      };
      zip.on("error", fail);
      zip.on("end", () => resolve(parts > 0));
      zip.on("entry", (entry: yauzl.Entry) => {
        parts += 1;
        declared += entry.uncompressedSize;
        if (parts > MAX_PARTS || declared > MAX_UNPACKED_BYTES || entry.isEncrypted()) return fail();
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail();
          stream.on("data", (chunk: Buffer) => {
            unpacked += chunk.byteLength;
            if (unpacked > MAX_UNPACKED_BYTES) stream.destroy(new Error("too large"));
          });
          stream.on("error", fail);
          stream.on("end", () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
