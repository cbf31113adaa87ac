/**
 * The resources of a manifest's VersionOverrides (bt:Images, bt:Urls, bt:ShortStrings,
 * bt:LongStrings) and which kind of resource each `resid`-bearing element must point at.
 * The XSD types a `resid` only as a string of 1–32 characters, so a reference to a missing or
 * wrong-kind resource passes the schema and shows up in Office as a blank label or no icon.
 */
import { XmlElement, allElements, childrenNamed, path } from "./xmlTree";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** One resource: its default value and its per-locale overrides. */
export interface Resource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly line: number;
  readonly defaultValue: string;
  /** Locale → value, from `<bt:Override Locale="…" Value="…"/>`. */
  readonly overrides: ReadonlyMap<string, string>;
}

/** Which resource kind a `resid` on an element of this local name refers to (from the VersionOverrides XSD types). */
export const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images", // bt:ImageResourceReference inside <Icon>
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** A reference from an element's `resid` attribute. */
export interface ResourceRef {
  readonly element: XmlElement;
  readonly resid: string;
}

/** Reads every resource of the manifest's VersionOverrides, by kind then id (duplicates: the first wins). */
export function readResources(root: XmlElement): {
  byKind: ReadonlyMap<ResourceKind, ReadonlyMap<string, Resource>>;
  duplicates: Resource[];
} {
  const byKind = new Map<ResourceKind, Map<string, Resource>>();
  const duplicates: Resource[] = [];
  const resources = path(root, "VersionOverrides", "Resources");
  for (const kind of RESOURCE_KINDS) {
    const entries = new Map<string, Resource>();
    byKind.set(kind, entries);
    const collection = resources && childrenNamed(resources, kind)[0];
    for (const el of collection?.children ?? []) {
      const overrides = new Map<string, string>();
      for (const o of childrenNamed(el, "Override")) overrides.set(o.attrs.get("Locale") ?? "", o.attrs.get("Value") ?? "");
      const resource: Resource = {
        kind,
        id: el.attrs.get("id") ?? "",
        line: el.line,
        defaultValue: el.attrs.get("DefaultValue") ?? "",
        overrides,
      };
      if (entries.has(resource.id)) duplicates.push(resource);
      else entries.set(resource.id, resource);
    }
  }
  return { byKind, duplicates };
}

/** Every element that carries a `resid`, in document order. */
export function resourceRefs(root: XmlElement): ResourceRef[] {
  return allElements(root)
    .filter((el) => el.attrs.has("resid"))
    .map((element) => ({ element, resid: element.attrs.get("resid") ?? "" }));
}
