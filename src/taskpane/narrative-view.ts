/**
 * The 报告正文 section of the pane: what 生成正文 will write (a preview of the paragraphs, and why
 * any statement is missing), the choices, the 生成正文 and 复制正文 buttons, what the last
 * generation did and which paragraphs it left alone, and whether the written text is stale.
 * A `<details>` section after 插入统计表, open unless folded.
 */
import type { Finding } from "../core/types";
import { CUSTOM_SUBJECT, type NarrativeField, type NarrativeForm, type NarrativePreview, type NarrativeResult, type NarrativeState } from "./narrative-form";
import { h, type VElement } from "./vdom";

/** `data-key`s of the section's controls (the focus returns to them after a redraw). */
export const narrativeKeys = {
  toggle: "narrative-toggle",
  subject: "narrative-subject",
  shortName: "narrative-short-name",
  pickList: "narrative-pick-list",
  style: "narrative-style",
  year: "narrative-year",
  agency: "narrative-agency",
  fees: "narrative-fees",
  proposals: "narrative-proposals",
  generate: "narrative-generate",
  copy: "narrative-copy",
  confirm: "narrative-confirm",
  cancel: "narrative-cancel",
};

/** The question 生成正文 asks when the tables have errors. */
export function confirmText(errors: number): string {
  return `统计表中还有 ${errors} 个错误（见上方“错误”）：按现在的数字生成的正文会写进不相符的数字，例如收到、办结和结转的件数对不上。建议先改正统计表再生成。仍要按现在的数字生成吗？`;
}

export interface NarrativeView {
  open: boolean;
  /** `正在加载正文功能…`, a failure, or null when ready. */
  loading: string | null;
  form: NarrativeForm;
  /** The picker's value: a self-reference, or `CUSTOM_SUBJECT` while typing a short name. */
  subjectPick: string;
  subjectOptions: Array<{ value: string; label: string }>;
  shortName: string;
  styles: Array<{ value: string; label: string }>;
  styleHint: string;
  year: string;
  agency: string;
  /** Which fact not in the tables the format asks for. */
  input: "fees" | "proposals" | null;
  preview: NarrativePreview | null;
  /** Where 生成正文 writes, in words. */
  target: string;
  stale: string[];
  result: NarrativeResult | null;
  copied: NarrativeState["copied"];
  /** 生成正文 is running. */
  generating: boolean;
  /** The question asked before writing from tables with errors, or null. */
  confirm: string | null;
  /** Some write is running (生成正文 or an insertion): the button waits. */
  busy: boolean;
}

/** The view of the section; `inserting`: the pane's insertion runs. */
export function buildNarrativeView(state: NarrativeState, inserting: boolean): NarrativeView {
  const form = state.form;
  const preview = state.preview;
  const catalog = state.catalog;
  const subject = form.subject ?? preview?.subject ?? "";
  const refs = catalog?.selfReferences ?? [];
  const custom = form.customSubject || (subject !== "" && !refs.includes(subject));
  const styleDef = catalog?.styles.find((s) => s.id === form.style);
  const format = preview?.format ?? state.defaults.format;
  const sheet = preview?.sheet ?? (state.defaults.year !== null ? `${state.defaults.year}年度报告正文` : "报告正文");
  return {
    open: form.open,
    loading: state.module === "failed" ? "未能加载生成正文的功能，请关闭本面板后重新打开。" : state.module === "ready" ? null : "正在加载正文功能…",
    form,
    subjectPick: custom ? CUSTOM_SUBJECT : subject,
    subjectOptions: [...refs.map((r) => ({ value: r, label: r })), { value: CUSTOM_SUBJECT, label: "填写本机关简称…" }],
    shortName: custom ? subject : "",
    styles: (catalog?.styles ?? []).map((s) => ({ value: s.id, label: s.name })),
    styleHint: styleDef?.description ?? "",
    year: form.yearText ?? (state.defaults.year !== null ? String(state.defaults.year) : ""),
    agency: form.agency ?? state.defaults.agency,
    input: format === null ? null : format === "legacy-2014" ? "proposals" : "fees",
    preview,
    target: preview?.update
      ? `将更新工作表“${sheet}”中由本面板写入、且未经手工修改的段落；修改过的段落保持不变。`
      : `将在新工作表“${sheet}”中写入标题、各部分标题和下列段落，不改动已有的工作表。`,
    stale: state.stale,
    result: state.result,
    copied: state.copied,
    generating: state.generating,
    confirm: state.confirm ? confirmText(state.confirm.errors) : null,
    busy: state.generating || inserting,
  };
}

/** What the view asks of the controller. */
export interface NarrativeActions {
  setNarrativeOpen(open: boolean): void;
  setNarrativeField(field: NarrativeField, value: string, commit?: boolean): void;
  pickSubject(): void;
  generateNarrative(): Promise<void>;
  confirmNarrative(): Promise<void>;
  cancelNarrative(): void;
  copyNarrative(): Promise<void>;
}

const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;

function fieldError(view: NarrativeView, field: NarrativeField): string | null {
  const error = view.form.error;
  return error && error.field === field ? error.message : null;
}

function field(label: string, id: string, control: VElement, error: string | null, hint?: string): VElement {
  return h(
    "div",
    { attrs: { class: "field" } },
    h("label", { attrs: { for: id } }, label),
    control,
    hint ? h("p", { attrs: { class: "field-hint" } }, hint) : null,
    error ? h("p", { attrs: { class: "field-error", role: "alert", id: `${id}-error` } }, error) : null,
  );
}

/** A text field: kept in state while typing (no redraw), applied on `change`. */
function textInput(view: NarrativeView, actions: NarrativeActions, f: NarrativeField, id: string, key: string, value: string, extra: Record<string, string> = {}): VElement {
  return h("input", {
    attrs: { id, type: "text", autocomplete: "off", "data-key": key, "aria-invalid": fieldError(view, f) ? "true" : undefined, ...extra },
    props: { value },
    on: {
      input: (e) => actions.setNarrativeField(f, valueOf(e), false),
      change: (e) => actions.setNarrativeField(f, valueOf(e), true),
    },
  });
}

function subjectField(view: NarrativeView, actions: NarrativeActions): VElement {
  const custom = view.subjectPick === CUSTOM_SUBJECT;
  const control = custom
    ? h(
        "div",
        { attrs: { class: "inline" } },
        textInput(view, actions, "subject", "narrative-subject", narrativeKeys.shortName, view.shortName, { placeholder: "例如：区审计局", maxlength: "20" }),
        h("button", { attrs: { type: "button", class: "button small", "data-key": narrativeKeys.pickList }, on: { click: () => actions.pickSubject() } }, "改用“我局”等称谓"),
      )
    : h(
        "select",
        {
          attrs: { id: "narrative-subject", "data-key": narrativeKeys.subject, "aria-invalid": fieldError(view, "subject") ? "true" : undefined },
          props: { value: view.subjectPick },
          on: { change: (e) => actions.setNarrativeField("subject", valueOf(e)) },
        },
        ...view.subjectOptions.map((o) => h("option", { attrs: { value: o.value, selected: o.value === view.subjectPick } }, o.label)),
      );
  return field("正文中对本机关的称谓", "narrative-subject", control, fieldError(view, "subject"));
}

function optionsForm(view: NarrativeView, actions: NarrativeActions): VElement {
  const fees = view.input === "fees";
  return h(
    "div",
    { attrs: { class: "narrative-options" } },
    subjectField(view, actions),
    field(
      "表述风格",
      "narrative-style",
      h(
        "select",
        {
          attrs: { id: "narrative-style", "data-key": narrativeKeys.style },
          props: { value: view.form.style },
          on: { change: (e) => actions.setNarrativeField("style", valueOf(e)) },
        },
        ...view.styles.map((s) => h("option", { attrs: { value: s.value, selected: s.value === view.form.style } }, s.label)),
      ),
      fieldError(view, "style"),
      view.styleHint,
    ),
    field(
      "报告年度",
      "narrative-year",
      textInput(view, actions, "year", "narrative-year", narrativeKeys.year, view.year, { inputmode: "numeric", maxlength: "6" }),
      fieldError(view, "year"),
    ),
    field(
      "单位名称（写在正文标题中）",
      "narrative-agency",
      textInput(view, actions, "agency", "narrative-agency", narrativeKeys.agency, view.agency, { placeholder: "例如：XX市审计局" }),
      fieldError(view, "agency"),
    ),
    view.input === null
      ? null
      : fees
        ? field(
            "本年收取的信息处理费（元，选填）",
            "narrative-fees",
            textInput(view, actions, "fees", "narrative-fees", narrativeKeys.fees, view.form.feesText, { inputmode: "decimal", placeholder: "未收取填 0" }),
            fieldError(view, "fees"),
            "统计表中没有这一项；不填则不生成信息处理费的表述。",
          )
        : field(
            "本年办理的人大代表建议和政协委员提案（件，选填）",
            "narrative-proposals",
            textInput(view, actions, "proposals", "narrative-proposals", narrativeKeys.proposals, view.form.proposalsText, {
              inputmode: "numeric",
              placeholder: "没有的填 0",
            }),
            fieldError(view, "proposals"),
            "统计表中没有这一项；不填则不生成第八部分的表述。",
          ),
    view.form.error && view.form.error.field === null ? h("p", { attrs: { class: "message problem", role: "alert" } }, view.form.error.message) : null,
  );
}

function notice(f: Finding): VElement {
  return h("li", { attrs: { class: `narrative-notice severity-${f.severity}`, "data-rule": f.rule } }, f.message);
}

function preview(view: NarrativeView): VElement | null {
  const p = view.preview;
  if (!p) return null;
  return h(
    "div",
    { attrs: { class: "narrative-preview", "aria-label": "将生成的正文" } },
    p.sections.length === 0
      ? h("p", { attrs: { class: "hint" } }, "统计表中还没有能生成表述的数字。")
      : h(
          "div",
          { attrs: { class: "narrative-text" } },
          ...p.sections.map((s) =>
            h(
              "div",
              { attrs: { class: "narrative-block" } },
              h("p", { attrs: { class: "narrative-heading" } }, s.heading),
              ...s.paragraphs.map((t) => h("p", { attrs: { class: "narrative-paragraph" } }, t)),
            ),
          ),
        ),
    p.notices.length > 0
      ? h("div", { attrs: { class: "narrative-notices" } }, h("p", { attrs: { class: "hint" } }, "以下表述未生成："), h("ul", {}, ...p.notices.map(notice)))
      : null,
  );
}

/** The question before writing from tables with errors: 仍然生成 or 先改正统计表. */
function confirmation(view: NarrativeView, actions: NarrativeActions): VElement | null {
  if (!view.confirm) return null;
  return h(
    "div",
    { attrs: { class: "narrative-confirm", role: "alertdialog", "aria-label": "统计表有错误", "data-testid": "narrative-confirm" } },
    h("p", { attrs: { class: "message problem" } }, view.confirm),
    h(
      "div",
      { attrs: { class: "actions" } },
      h("button", { attrs: { type: "button", class: "button", "data-key": narrativeKeys.cancel }, on: { click: () => actions.cancelNarrative() } }, "先改正统计表"),
      h(
        "button",
        { attrs: { type: "button", class: "button", "data-key": narrativeKeys.confirm, disabled: view.busy }, on: { click: () => void actions.confirmNarrative() } },
        "仍然生成",
      ),
    ),
  );
}

function result(view: NarrativeView): VElement[] {
  const out: VElement[] = [];
  const r = view.result;
  if (r) {
    out.push(h("p", { attrs: { class: r.problem ? "message problem" : "message notice", role: r.problem ? "alert" : "status" } }, r.notice));
    if (r.kept.length > 0)
      out.push(
        h(
          "ul",
          { attrs: { class: "narrative-kept" } },
          ...r.kept.map((k) => h("li", {}, h("span", { attrs: { class: "narrative-kept-heading" } }, `${k.heading}：`), k.message)),
        ),
      );
  }
  if (view.copied) out.push(h("p", { attrs: { class: view.copied.ok ? "message notice" : "message problem", role: "status" } }, view.copied.message));
  return out;
}

export function narrativeSection(view: NarrativeView, actions: NarrativeActions): VElement {
  const canCopy = (view.preview?.text ?? "") !== "";
  return h(
    "details",
    {
      attrs: { class: "narrative", open: view.open },
      on: { toggle: (e) => actions.setNarrativeOpen((e.target as HTMLDetailsElement).open) },
    },
    h("summary", { attrs: { "data-key": narrativeKeys.toggle } }, "报告正文"),
    h(
      "div",
      { attrs: { class: "narrative-body" } },
      h("p", { attrs: { class: "hint" } }, "根据统计表生成“未收到政府信息公开申请”等表述，年度和称谓自动填入。"),
      ...view.stale.map((text) => h("p", { attrs: { class: "message limit stale", role: "status" } }, text)),
      view.loading ? h("p", { attrs: { class: "hint" } }, view.loading) : null,
      optionsForm(view, actions),
      preview(view),
      h("p", { attrs: { class: "hint" } }, view.target),
      h(
        "div",
        { attrs: { class: "actions" } },
        h(
          "button",
          {
            attrs: { type: "button", class: "button primary", "data-key": narrativeKeys.generate, disabled: view.busy },
            on: { click: () => void actions.generateNarrative() },
          },
          view.generating ? "正在生成…" : "生成正文",
        ),
        h(
          "button",
          {
            attrs: { type: "button", class: "button", "data-key": narrativeKeys.copy, disabled: !canCopy },
            on: { click: () => void actions.copyNarrative() },
          },
          "复制正文",
        ),
      ),
      confirmation(view, actions),
      ...result(view),
    ),
  );
}
