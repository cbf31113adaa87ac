/**
 * Validates a manifest against the Office add-in manifest XSDs kept beside this file, with
 * libxml2 compiled to WebAssembly (xmllint-wasm): offline, and the same on every machine.
 * The online `office-addin-manifest validate` checks more, but needs a network.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = path.join(__dirname, "schemas");
/** The main schema; it imports the others from the same folder by file name. */
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The schema errors for `xml` (xmllint's own lines, file name and line included); empty when valid. */
export async function schemaErrors(xml: string, fileName = "manifest.xml"): Promise<string[]> {
  const xsdFiles = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: xsdFiles.filter((f) => f !== MAIN_SCHEMA).map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
