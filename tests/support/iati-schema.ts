// The official IATI 2.03 activity schema (copies in ./iati-2.03, see its SOURCE.md), applied with
// libxml2 compiled to WebAssembly: offline, the same checks IATI's own validator starts with.
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { XmlDocument, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const SCHEMA = fileURLToPath(new URL("./iati-2.03/iati-activities-schema.xsd", import.meta.url));
let validator: XsdValidator | undefined;

/** The schema's complaints about `xml` (none: it validates). */
export function iatiSchemaErrors(xml: string): string[] {
  if (!validator) {
    xmlRegisterFsInputProviders();
    // The url lets libxml2 find iati-common.xsd and xml.xsd beside the main schema.
    const schema = XmlDocument.fromString(readFileSync(SCHEMA, "utf8"), { url: SCHEMA });
    validator = XsdValidator.fromDoc(schema);
  }
  const document = XmlDocument.fromString(xml);
  try {
    validator.validate(document);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError)
      return error.details.map((detail) => `${detail.line}: ${detail.message.trim()}`);
    throw error;
  } finally {
    document.dispose();
  }
}
