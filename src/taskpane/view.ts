/**
 * The pane as a tree of virtual elements, from the view model. Pure: tests read the tree and
 * call its handlers; `vdom.ts` makes elements of it. Workbook text (messages, sheet names, notes)
 * only ever appears as text children.
 */
import type { Finding } from "../core/types";
import type { FindingGroup, FindingItem, FindingSection } from "./groups";
import { keys } from "./keys";
import { NOTE_MAX_LENGTH } from "./kept";
import { narrativeSection, type NarrativeActions } from "./narrative-view";
import { h, type VElement, type VNode } from "./vdom";
import type { InsertView, PaneView, TableLine } from "./view-model";

/** What the view asks of the controller (PaneController implements it). */
export interface PaneActions extends NarrativeActions {
  check(): Promise<void>;
  select(finding: Finding): Promise<void>;
  startKeeping(finding: Finding): void;
  setDraft(text: string): void;
  cancelKeeping(): void;
  saveNote(finding: Finding): Promise<void>;
  release(finding: Finding): Promise<void>;
  setFormOpen(open: boolean): void;
  setYear(text: string): void;
  setFormat(id: string): void;
  setAgency(text: string): void;
  insert(): Promise<void>;
  setAutoOpen(on: boolean): Promise<void>;
}

const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;

function header(view: PaneView, actions: PaneActions): VElement {
  return h(
    "header",
    { attrs: { class: "pane-header" } },
    h("h1", { attrs: { class: "pane-title" } }, "统计表检查"),
    h("p", { attrs: { class: "summary", role: "status", "aria-live": "polite", "data-testid": "summary" } }, view.summary),
    h(
      "div",
      { attrs: { class: "toolbar" } },
      h(
        "button",
        {
          attrs: { type: "button", class: "button primary", "data-key": keys.recheck, disabled: view.insert.busy || (view.narrative?.generating ?? false) },
          on: { click: () => void actions.check() },
        },
        "重新校验",
      ),
      view.busy ? h("span", { attrs: { class: "busy", "aria-live": "polite" } }, view.busy) : null,
    ),
  );
}

function messages(view: PaneView): VNode[] {
  const out: VNode[] = view.limits.map((text) => h("p", { attrs: { class: "message limit" } }, text));
  if (view.problem) out.push(h("p", { attrs: { class: "message problem", role: "alert" } }, view.problem));
  if (view.notice) out.push(h("p", { attrs: { class: "message notice", role: "status" } }, view.notice));
  if (view.clean) {
    const hints = view.counts && view.counts.info > 0 ? `（另有 ${view.counts.info} 条提示供参考）` : "";
    out.push(h("p", { attrs: { class: "message clean" } }, `没有发现需要改正或核实的问题${hints}。`));
  }
  return out;
}

function noteEditor(item: FindingItem, view: PaneView, actions: PaneActions): VElement {
  const editor = view.editor;
  const id = item.id;
  const fieldId = `note-${encodeURIComponent(id)}`;
  return h(
    "form",
    {
      attrs: { class: "note-editor" },
      on: {
        submit: (e) => {
          e.preventDefault();
          void actions.saveNote(item.finding);
        },
      },
    },
    h("label", { attrs: { for: fieldId } }, "保留理由（会保存在工作簿中）"),
    h("textarea", {
      attrs: { id: fieldId, rows: "3", maxlength: String(NOTE_MAX_LENGTH), "data-key": keys.note(id), "aria-invalid": editor?.error ? "true" : undefined },
      props: { value: editor?.draft ?? "" },
      on: { input: (e) => actions.setDraft(valueOf(e)) },
    }),
    editor?.error ? h("p", { attrs: { class: "field-error", role: "alert" } }, editor.error) : null,
    h(
      "div",
      { attrs: { class: "actions" } },
      h("button", { attrs: { type: "submit", class: "button primary", "data-key": keys.save(id) } }, "保存"),
      h("button", { attrs: { type: "button", class: "button", "data-key": keys.cancel(id) }, on: { click: () => actions.cancelKeeping() } }, "取消"),
    ),
  );
}

function findingItem(item: FindingItem, view: PaneView, actions: PaneActions): VElement {
  const f = item.finding;
  const editing = view.editor?.id === item.id;
  return h(
    "li",
    { attrs: { class: `finding severity-${f.severity}`, "data-rule": f.rule } },
    h(
      "button",
      {
        attrs: { type: "button", class: "finding-main", "data-key": keys.select(item.id), title: "选中相关单元格" },
        on: { click: () => void actions.select(f) },
      },
      h("span", { attrs: { class: "finding-message" } }, f.message),
      item.cellsText ? h("span", { attrs: { class: "finding-cells" } }, item.cellsText) : null,
      item.detail ? h("span", { attrs: { class: "finding-detail" } }, item.detail) : null,
    ),
    item.kept
      ? h(
          "div",
          { attrs: { class: "kept-note" } },
          h("p", {}, `已保留${item.kept.date ? `（${item.kept.date}）` : ""}：`, h("span", { attrs: { class: "note-text" } }, item.kept.note)),
          editing
            ? null
            : h(
                "div",
                { attrs: { class: "actions" } },
                h("button", { attrs: { type: "button", class: "button small", "data-key": keys.keep(item.id) }, on: { click: () => actions.startKeeping(f) } }, "修改说明"),
                h("button", { attrs: { type: "button", class: "button small", "data-key": keys.release(item.id) }, on: { click: () => void actions.release(f) } }, "取消保留"),
              ),
        )
      : null,
    item.keepable && !item.kept && !editing
      ? h(
          "div",
          { attrs: { class: "actions" } },
          h("button", { attrs: { type: "button", class: "button small", "data-key": keys.keep(item.id) }, on: { click: () => actions.startKeeping(f) } }, "保留并说明"),
        )
      : null,
    editing ? noteEditor(item, view, actions) : null,
  );
}

function group(g: FindingGroup, view: PaneView, actions: PaneActions): VElement {
  return h(
    "div",
    { attrs: { class: "group" } },
    h("h3", { attrs: { class: "group-title" } }, g.title),
    g.where ? h("p", { attrs: { class: "group-where" } }, g.where) : null,
    h("ul", { attrs: { class: "findings" } }, ...g.items.map((it) => findingItem(it, view, actions))),
  );
}

function section(s: FindingSection, view: PaneView, actions: PaneActions): VElement {
  const headingId = `section-${s.kind}`;
  return h(
    "section",
    { attrs: { class: `findings-section kind-${s.kind}`, "aria-labelledby": headingId } },
    h("h2", { attrs: { id: headingId } }, s.title, h("span", { attrs: { class: "count" } }, ` ${s.count} ${s.unit}`)),
    h("p", { attrs: { class: "hint" } }, s.hint),
    ...s.groups.map((g) => group(g, view, actions)),
  );
}

function tableList(tables: readonly TableLine[]): VElement | null {
  if (tables.length === 0) return null;
  return h(
    "section",
    { attrs: { class: "tables", "aria-labelledby": "tables-title" } },
    h("h2", { attrs: { id: "tables-title" } }, "找到的统计表", h("span", { attrs: { class: "count" } }, ` ${tables.length} 张`)),
    h(
      "ul",
      {},
      ...tables.map((t) =>
        h(
          "li",
          { attrs: { class: "table-line" } },
          h("span", { attrs: { class: "table-title" } }, t.title),
          h("span", { attrs: { class: "table-where" } }, `工作表“${t.sheet}” ${t.range}`),
          h("span", { attrs: { class: "table-format" } }, `${t.year} · ${t.format}`),
        ),
      ),
    ),
  );
}

function field(label: string, id: string, control: VElement, error: string | null): VElement {
  return h(
    "div",
    { attrs: { class: "field" } },
    h("label", { attrs: { for: id } }, label),
    control,
    error ? h("p", { attrs: { class: "field-error", role: "alert", id: `${id}-error` } }, error) : null,
  );
}

function insertForm(insert: InsertView, actions: PaneActions): VElement {
  const form = insert.form;
  const errorOf = (f: "format" | "year" | "agency"): string | null => (form.error && form.error.field === f ? form.error.message : null);
  const invalid = (f: "format" | "year" | "agency"): string | undefined => (errorOf(f) ? "true" : undefined);
  return h(
    "form",
    {
      attrs: { class: "insert-form" },
      on: {
        submit: (e) => {
          e.preventDefault();
          void actions.insert();
        },
      },
    },
    h("p", { attrs: { class: "hint" } }, "在新工作表中插入官方格式的统计表，不会改动已有的工作表。"),
    field(
      "报告年度",
      "insert-year",
      h("input", {
        attrs: { id: "insert-year", type: "text", inputmode: "numeric", autocomplete: "off", maxlength: "6", "data-key": keys.year, "aria-invalid": invalid("year") },
        props: { value: form.yearText },
        on: { input: (e) => actions.setYear(valueOf(e)) },
      }),
      errorOf("year"),
    ),
    field(
      "格式",
      "insert-format",
      h(
        "select",
        {
          attrs: { id: "insert-format", "data-key": keys.format, "aria-invalid": invalid("format") },
          props: { value: form.format },
          on: { change: (e) => actions.setFormat(valueOf(e)) },
        },
        ...insert.formats.map((f) => h("option", { attrs: { value: f.id, selected: f.id === form.format } }, f.label)),
      ),
      errorOf("format"),
    ),
    field(
      "单位名称",
      "insert-agency",
      h("input", {
        attrs: {
          id: "insert-agency",
          type: "text",
          autocomplete: "organization",
          placeholder: "例如：XX市审计局",
          "data-key": keys.agency,
          "aria-invalid": invalid("agency"),
        },
        props: { value: form.agency },
        on: { input: (e) => actions.setAgency(valueOf(e)) },
      }),
      errorOf("agency"),
    ),
    ...insert.limits.map((text) => h("p", { attrs: { class: "message limit" } }, text)),
    form.error && form.error.field === null ? h("p", { attrs: { class: "message problem", role: "alert" } }, form.error.message) : null,
    h(
      "div",
      { attrs: { class: "actions" } },
      h("button", { attrs: { type: "submit", class: "button primary", "data-key": keys.insert, disabled: insert.busy } }, insert.busy ? "正在插入…" : "插入统计表"),
    ),
    // Inserting a table makes Office open this pane with the workbook; the switch turns that off.
    !insert.autoOpenSwitch
      ? null
      : h(
          "p",
          { attrs: { class: "auto-open" } },
          h(
            "label",
            {},
            h("input", {
              attrs: { type: "checkbox", "data-key": "auto-open", checked: insert.autoOpen },
              on: { change: (e) => void actions.setAutoOpen((e.target as HTMLInputElement).checked) },
            }),
            " 打开此工作簿时自动打开检查面板",
          ),
        ),
  );
}

function insertSection(view: PaneView, actions: PaneActions): VElement {
  const insert = view.insert;
  if (view.noTables) {
    return h(
      "section",
      { attrs: { class: "insert", "aria-labelledby": "insert-title" } },
      h("h2", { attrs: { id: "insert-title" } }, "插入统计表"),
      h("p", {}, "本工作簿中没有找到政府信息公开工作年度报告统计表（无论是插入的还是手工录入的）。"),
      insertForm(insert, actions),
    );
  }
  return h(
    "details",
    {
      attrs: { class: "insert", open: insert.open },
      on: { toggle: (e) => actions.setFormOpen((e.target as HTMLDetailsElement).open) },
    },
    h("summary", { attrs: { "data-key": keys.insertToggle } }, "插入统计表"),
    insertForm(insert, actions),
  );
}

/** The whole pane. With no table found, the insert form comes first; 报告正文 comes last. */
export function paneView(view: PaneView, actions: PaneActions): VNode[] {
  const findings = view.sections.map((s) => section(s, view, actions));
  const insert = insertSection(view, actions);
  const narrative = view.narrative ? narrativeSection(view.narrative, actions) : null;
  return [
    header(view, actions),
    ...messages(view),
    ...(view.noTables ? [insert] : [...findings, tableList(view.tables), insert, narrative].filter((n): n is VElement => n !== null)),
  ];
}
