/**
 * The project's own checks of manifest.xml, beyond what the XSD can say: every resid resolves to a
 * resource of the right kind, every URL is https under the one development base (so a production
 * build can replace it as a string) and points at something that exists, every icon is a PNG of
 * the size it is used at, every string is Chinese with an English override, and the ribbon is the
 * one the project promises (年报 group on Home, 插入统计表 and 检查面板).
 *
 * `checkManifest` returns problems as sentences (with the manifest line); none means it passed.
 */
import * as fs from "fs";
import * as path from "path";
import { PngHeader, readPngHeader } from "./pngHeader";
import { RESID_KIND, RESOURCE_KINDS, Resource, ResourceKind, readResources, resourceRefs } from "./manifestResources";
import { XmlElement, allElements, child, childrenNamed, parseXml, path as pathOf, xsiType } from "./xmlTree";

/** Every URL in the manifest starts with this; the production build replaces it as a plain string. */
export const DEV_BASE = "https://localhost:3000/";
/** Pages the add-in's build serves at the root of the base (they are build output, not files here). */
export const BUILD_PAGES: readonly string[] = ["taskpane.html", "commands.html"];

/** What the project promises its users about the add-in (from the issue that asked for it). */
export const EXPECTED = {
  displayName: { zh: "年报", en: "nianbao" },
  tab: "TabHome",
  group: "年报",
  insert: { label: "插入统计表", functionName: "insertTemplate", page: "commands.html" },
  pane: { label: "检查面板", page: "taskpane.html" },
  /** worksheet.onChanged, which the pane's live check needs, arrived in ExcelApi 1.7. */
  excelApi: "1.7",
  permissions: "ReadWriteDocument",
  /** Office's mandatory sizes for a ribbon group or button icon. */
  ribbonIconSizes: [16, 32, 80],
  /** A task pane add-in's IconUrl is 32 × 32 px and its HighResolutionIconUrl 64 × 64 px. */
  iconUrl: 32,
  highResolutionIconUrl: 64,
} as const;

/** Where the files the manifest points at live. */
export interface ManifestContext {
  /** The folder served as `<base>assets/` (the repository's assets/). */
  readonly assetsDir: string;
}

/** Runs every check; returns the problems found, each a sentence starting with the manifest line. */
export function checkManifest(xml: string, context: ManifestContext): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    return [`manifest.xml is not well-formed XML: ${err instanceof Error ? err.message : String(err)}`];
  }
  const view = new ManifestView(root, context);
  return [...checkResids(view), ...checkUrls(view), ...checkIcons(view), ...checkStrings(view), ...checkRibbon(view), ...checkRequirements(view)];
}

const at = (el: { line: number }, message: string): string => `line ${el.line}: ${message}`;
const hasChinese = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

/** The parsed manifest with its resources indexed and its icon files read once. */
class ManifestView {
  readonly resources: ReturnType<typeof readResources>;
  private readonly headers = new Map<string, PngHeader | string>();

  constructor(
    readonly root: XmlElement,
    readonly context: ManifestContext,
  ) {
    this.resources = readResources(root);
  }

  resource(kind: ResourceKind, resid: string | undefined): Resource | undefined {
    return resid === undefined ? undefined : this.resources.byKind.get(kind)?.get(resid);
  }

  /** The default (zh-CN) text or URL of the resource an element's resid names. */
  resolve(kind: ResourceKind, el: XmlElement | undefined): string | undefined {
    return el && this.resource(kind, el.attrs.get("resid"))?.defaultValue;
  }

  /** The file under assetsDir that a URL `<base>assets/…` names, or undefined for any other URL. */
  assetFile(url: string): string | undefined {
    if (!url.startsWith(`${DEV_BASE}assets/`)) return undefined;
    let relative: string;
    try {
      relative = decodeURI(url.slice(DEV_BASE.length + "assets/".length).replace(/[?#].*$/, ""));
    } catch {
      return undefined; // a malformed %-escape names no file
    }
    const file = path.resolve(this.context.assetsDir, relative);
    return file.startsWith(path.resolve(this.context.assetsDir) + path.sep) ? file : undefined;
  }

  /** The PNG header of an asset file, or a sentence saying what is wrong with it. */
  png(file: string): PngHeader | string {
    let header = this.headers.get(file);
    if (header === undefined) {
      header = fs.existsSync(file) ? readPngHeader(fs.readFileSync(file)) : "does not exist";
      this.headers.set(file, header);
    }
    return header;
  }
}

/** Every resid names a resource of the kind its element needs; no resource is defined twice or left unused. */
function checkResids(view: ManifestView): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const { element, resid } of resourceRefs(view.root)) {
    const kind = RESID_KIND[element.name];
    if (!kind) {
      problems.push(at(element, `<${element.name} resid="${resid}">: this check does not know which resources a ${element.name} refers to`));
      continue;
    }
    used.add(`${kind}/${resid}`);
    if (view.resource(kind, resid)) continue;
    const elsewhere = RESOURCE_KINDS.filter((k) => view.resource(k, resid)).map((k) => `bt:${k}`);
    problems.push(
      at(element, `<${element.name} resid="${resid}"> refers to no bt:${kind} entry` + (elsewhere.length ? ` (${resid} is in ${elsewhere.join(", ")}, the wrong kind)` : "")),
    );
  }
  for (const dup of view.resources.duplicates) problems.push(at(dup, `bt:${dup.kind} id "${dup.id}" is defined twice`));
  for (const [kind, entries] of view.resources.byKind) {
    for (const resource of entries.values()) {
      if (!used.has(`${kind}/${resource.id}`)) problems.push(at(resource, `bt:${kind} "${resource.id}" is never used`));
    }
  }
  return problems;
}

/** Elements whose DefaultValue (and whose Overrides' Value) is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url"]);

function holdsUrl(el: XmlElement, parent: XmlElement | undefined): boolean {
  if (el.attrs.has("resid")) return false;
  return URL_ELEMENTS.has(el.name) || (el.name === "Image" && parent?.name === "Images");
}

/**
 * Every URL — in a URL-typed element, or any value that contains "://" — is https, starts with
 * DEV_BASE, and names a page the build serves or a file in assets/ (AppDomains: https only).
 */
function checkUrls(view: ManifestView): string[] {
  const problems: string[] = [];
  // An AppDomain names another site the pane may navigate to, so it is never under the base.
  const check = (el: XmlElement, where: string, value: string, underBase = true): void => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(at(el, `${where} "${value}" is not an absolute URL`));
      return;
    }
    if (url.protocol !== "https:") problems.push(at(el, `${where} "${value}" is not https: Office loads add-in pages and icons over https only`));
    if (!underBase) return;
    if (!value.startsWith(DEV_BASE)) {
      problems.push(at(el, `${where} "${value}" does not start with ${DEV_BASE}, so the production build's replacement of that base would miss it`));
      return;
    }
    const target = value.slice(DEV_BASE.length).replace(/[?#].*$/, "");
    if (BUILD_PAGES.includes(target)) return;
    const file = view.assetFile(value);
    if (!file || !fs.existsSync(file)) {
      problems.push(at(el, `${where} "${value}" names neither a page the build serves (${BUILD_PAGES.join(", ")}) nor a file in assets/`));
    }
  };
  const walk = (el: XmlElement, ancestors: XmlElement[]): void => {
    const parent = ancestors[ancestors.length - 1];
    const grandparent = ancestors[ancestors.length - 2];
    for (const [name, value] of el.attrs) {
      const urlSlot =
        (name === "DefaultValue" && holdsUrl(el, parent)) || (name === "Value" && el.name === "Override" && parent !== undefined && holdsUrl(parent, grandparent));
      if (urlSlot || value.includes("://")) check(el, `<${el.name} ${name}>`, value);
    }
    if (el.name === "AppDomain") check(el, "<AppDomain>", el.text, false);
    else if (el.text.includes("://")) check(el, `<${el.name}>`, el.text);
    for (const c of el.children) walk(c, [...ancestors, el]);
  };
  walk(view.root, []);
  return problems;
}

/** Every icon is a square PNG with transparency, of the size its id and every use of it say. */
function checkIcons(view: ManifestView): string[] {
  const problems: string[] = [];
  const sizeOf = (el: { line: number }, what: string, url: string): PngHeader | undefined => {
    const file = view.assetFile(url);
    if (!file) return undefined; // checkUrls reports URLs outside assets/
    const header = view.png(file);
    if (typeof header === "string") {
      problems.push(at(el, `${what}: assets/${path.relative(view.context.assetsDir, file)} ${header}`));
      return undefined;
    }
    return header;
  };

  for (const image of view.resources.byKind.get("Images")?.values() ?? []) {
    const stated = /\.(\d+)$/.exec(image.id);
    if (!stated) problems.push(at(image, `bt:Image id "${image.id}" should end in its pixel size (".16", ".32", ".80")`));
    for (const url of [image.defaultValue, ...image.overrides.values()]) {
      const header = sizeOf(image, `bt:Image "${image.id}"`, url);
      if (!header) continue;
      const name = path.basename(url);
      if (header.width !== header.height) problems.push(at(image, `bt:Image "${image.id}": ${name} is ${header.width}×${header.height} px, not square`));
      if (stated && header.width !== Number(stated[1])) {
        problems.push(at(image, `bt:Image "${image.id}" says ${stated[1]} px but ${name} is ${header.width}×${header.height} px`));
      }
      if (!header.transparent) problems.push(at(image, `bt:Image "${image.id}": ${name} has no transparency; ribbon icons need a transparent background`));
    }
  }

  for (const icon of allElements(view.root).filter((el) => el.name === "Icon")) {
    const uses = childrenNamed(icon, "Image");
    const sizes = uses.map((u) => Number(u.attrs.get("size")));
    const missing = EXPECTED.ribbonIconSizes.filter((s) => !sizes.includes(s));
    if (missing.length) problems.push(at(icon, `<Icon> lacks the size(s) Office requires: ${missing.join(", ")}`));
    for (const use of uses) {
      const image = view.resource("Images", use.attrs.get("resid"));
      const header = image && sizeOf(use, `<bt:Image resid="${image.id}">`, image.defaultValue);
      const size = Number(use.attrs.get("size"));
      if (header && header.width !== size) {
        problems.push(at(use, `<bt:Image size="${size}" resid="${image.id}">: ${path.basename(image.defaultValue)} is ${header.width}×${header.height} px`));
      }
    }
  }

  for (const [name, size] of [
    ["IconUrl", EXPECTED.iconUrl],
    ["HighResolutionIconUrl", EXPECTED.highResolutionIconUrl],
  ] as const) {
    const el = child(view.root, name);
    if (!el) {
      problems.push(`<${name}> is missing (Office shows it in the add-in list)`);
      continue;
    }
    const header = sizeOf(el, `<${name}>`, el.attrs.get("DefaultValue") ?? "");
    if (header && (header.width !== size || header.height !== size)) {
      problems.push(at(el, `<${name}> must be ${size}×${size} px for a task pane add-in, the file is ${header.width}×${header.height} px`));
    }
  }
  return problems;
}

/** zh-CN is the default locale; every string's default text is Chinese and has an English en-US override. */
function checkStrings(view: ManifestView): string[] {
  const problems: string[] = [];
  const locale = child(view.root, "DefaultLocale");
  if (locale?.text !== "zh-CN") problems.push(`<DefaultLocale> is "${locale?.text ?? ""}", the add-in's users expect zh-CN`);

  const strings: { el: { line: number }; what: string; zh: string; overrides: ReadonlyMap<string, string> }[] = [];
  for (const name of ["DisplayName", "Description"]) {
    const el = child(view.root, name);
    if (!el) continue; // the schema requires both
    const overrides = new Map(childrenNamed(el, "Override").map((o) => [o.attrs.get("Locale") ?? "", o.attrs.get("Value") ?? ""]));
    strings.push({ el, what: `<${name}>`, zh: el.attrs.get("DefaultValue") ?? "", overrides });
  }
  for (const kind of ["ShortStrings", "LongStrings"] as const) {
    for (const s of view.resources.byKind.get(kind)?.values() ?? []) {
      strings.push({ el: s, what: `bt:${kind} "${s.id}"`, zh: s.defaultValue, overrides: s.overrides });
    }
  }
  for (const { el, what, zh, overrides } of strings) {
    if (!hasChinese(zh)) problems.push(at(el, `${what}: the default (zh-CN) text "${zh}" is not Chinese`));
    const en = overrides.get("en-US");
    if (en === undefined) problems.push(at(el, `${what} has no <Override Locale="en-US">`));
    else if (!en.trim() || hasChinese(en)) problems.push(at(el, `${what}: the en-US override "${en}" is not English text`));
  }

  const displayName = child(view.root, "DisplayName");
  if (displayName?.attrs.get("DefaultValue") !== EXPECTED.displayName.zh) {
    problems.push(`<DisplayName> should be "${EXPECTED.displayName.zh}", is "${displayName?.attrs.get("DefaultValue") ?? ""}"`);
  }
  const en = displayName && childrenNamed(displayName, "Override").find((o) => o.attrs.get("Locale") === "en-US");
  if (en && en.attrs.get("Value") !== EXPECTED.displayName.en) {
    problems.push(at(en, `<DisplayName> in en-US should be "${EXPECTED.displayName.en}", is "${en.attrs.get("Value") ?? ""}"`));
  }
  return problems;
}

/** The ribbon: group 年报 on the Home tab with 插入统计表 (ExecuteFunction insertTemplate) then 检查面板 (ShowTaskpane). */
function checkRibbon(view: ManifestView): string[] {
  const problems: string[] = [];
  const host = childrenNamed(pathOf(view.root, "VersionOverrides", "Hosts") ?? view.root, "Host").find((h) => xsiType(h) === "Workbook");
  const desktop = host && child(host, "DesktopFormFactor");
  if (!desktop) return ['VersionOverrides has no <Host xsi:type="Workbook"> with a <DesktopFormFactor>: Excel would show no ribbon buttons'];

  const functionFile = view.resolve("Urls", child(desktop, "FunctionFile"));
  if (functionFile !== DEV_BASE + EXPECTED.insert.page) {
    problems.push(`<FunctionFile> should be ${DEV_BASE}${EXPECTED.insert.page} (where ${EXPECTED.insert.functionName} is defined), is ${functionFile ?? "missing"}`);
  }

  const surface = childrenNamed(desktop, "ExtensionPoint").find((e) => xsiType(e) === "PrimaryCommandSurface");
  const tab = surface && childrenNamed(surface, "OfficeTab").find((t) => t.attrs.get("id") === EXPECTED.tab);
  const groups = tab ? childrenNamed(tab, "Group") : [];
  const group = groups.find((g) => view.resolve("ShortStrings", child(g, "Label")) === EXPECTED.group);
  if (!group) {
    const found = groups.map((g) => view.resolve("ShortStrings", child(g, "Label")) ?? "?").join("、") || "none";
    return [...problems, `no ribbon group labelled "${EXPECTED.group}" on <OfficeTab id="${EXPECTED.tab}"> (groups there: ${found})`];
  }

  const controls = childrenNamed(group, "Control");
  const labels = controls.map((c) => view.resolve("ShortStrings", child(c, "Label")) ?? "?");
  const wanted = [EXPECTED.insert.label, EXPECTED.pane.label];
  if (labels.join("|") !== wanted.join("|")) {
    problems.push(at(group, `group "${EXPECTED.group}" should hold the buttons ${wanted.join("、")} in that order, holds ${labels.join("、") || "none"}`));
  }
  const button = (label: string): XmlElement | undefined => controls[labels.indexOf(label)];

  const insert = button(EXPECTED.insert.label);
  if (insert) {
    const action = child(insert, "Action");
    if (xsiType(insert) !== "Button") problems.push(at(insert, `"${EXPECTED.insert.label}" should be a Button`));
    if (!action || xsiType(action) !== "ExecuteFunction") problems.push(at(insert, `"${EXPECTED.insert.label}" should run a function (Action xsi:type="ExecuteFunction")`));
    const name = action && child(action, "FunctionName")?.text;
    if (action && name !== EXPECTED.insert.functionName) {
      problems.push(at(action, `"${EXPECTED.insert.label}" runs "${name ?? ""}", but commands.html defines "${EXPECTED.insert.functionName}"`));
    }
  }

  const pane = button(EXPECTED.pane.label);
  if (pane) {
    const action = child(pane, "Action");
    if (xsiType(pane) !== "Button") problems.push(at(pane, `"${EXPECTED.pane.label}" should be a Button`));
    if (!action || xsiType(action) !== "ShowTaskpane") problems.push(at(pane, `"${EXPECTED.pane.label}" should open the task pane (Action xsi:type="ShowTaskpane")`));
    const page = action && view.resolve("Urls", child(action, "SourceLocation"));
    const defaultPage = pathOf(view.root, "DefaultSettings", "SourceLocation")?.attrs.get("DefaultValue");
    if (action && page !== DEV_BASE + EXPECTED.pane.page) {
      problems.push(at(action, `"${EXPECTED.pane.label}" opens ${page ?? "nothing"}, should open ${DEV_BASE}${EXPECTED.pane.page}`));
    }
    if (action && page !== defaultPage) {
      problems.push(
        at(action, `"${EXPECTED.pane.label}" opens ${page ?? "nothing"} but <DefaultSettings> names ${defaultPage ?? "nothing"}: Office treats them as two different panes`),
      );
    }
  }
  return problems;
}

/** Excel only, ExcelApi 1.7 at least, and the permission to write the template into the workbook. */
function checkRequirements(view: ManifestView): string[] {
  const problems: string[] = [];
  const hosts = childrenNamed(child(view.root, "Hosts") ?? view.root, "Host").map((h) => h.attrs.get("Name"));
  if (hosts.join() !== "Workbook") problems.push(`<Hosts> should list only <Host Name="Workbook"/> (Excel), lists ${hosts.join(", ") || "nothing"}`);

  const sets = childrenNamed(pathOf(view.root, "Requirements", "Sets") ?? view.root, "Set");
  const excelApi = sets.find((s) => s.attrs.get("Name") === "ExcelApi");
  if (excelApi?.attrs.get("MinVersion") !== EXPECTED.excelApi) {
    problems.push(
      `<Requirements> should declare <Set Name="ExcelApi" MinVersion="${EXPECTED.excelApi}"/> (worksheet.onChanged), declares ` +
        (excelApi ? `MinVersion="${excelApi.attrs.get("MinVersion") ?? ""}"` : "no ExcelApi set"),
    );
  }
  const permissions = child(view.root, "Permissions")?.text;
  if (permissions !== EXPECTED.permissions) {
    problems.push(`<Permissions> should be ${EXPECTED.permissions} (inserting the template writes to the workbook), is ${permissions ?? "missing"}`);
  }
  return problems;
}
