/**
 * The ruling lines of a page, from its operator list: stroked straight segments, and filled
 * rectangles thin enough to be a rule (Word and many PDF printers draw borders as filled
 * rectangles half a point thick). A big filled rectangle is a cell's background, and anything
 * white is invisible on paper: neither is a border. WPS, for one, paints a white rectangle behind
 * every cell and strokes the borders separately.
 *
 * Coordinates come out in the page's display space (points, origin top-left, y downwards, page
 * rotation applied), the space the text items are placed in too.
 */
import { apply, compose, type Matrix } from "./matrix";

/** A horizontal (`y1 === y2`) or vertical (`x1 === x2`) rule, `x1 ≤ x2`, `y1 ≤ y2`. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageGraphics {
  rules: Rule[];
  /** Images painted on the page: a page of images and no text is a scan. */
  images: number;
}

/** A filled rectangle at most this thick (points) is a rule; thicker, it is a background. */
export const MAX_RULE_THICKNESS = 2;
/** A segment this far from axis-parallel still counts as horizontal or vertical (points). */
const SKEW = 0.5;
/** Segments shorter than this are dots, corners, or glyph-like marks, not rules (points). */
const MIN_LENGTH = 2;

// pdf.js's path encoding inside `constructPath` (DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

interface GState {
  ctm: Matrix;
  fill: string | null;
  stroke: string | null;
}

/** Op codes the walk needs, looked up by name in pdf.js's `OPS` table. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  images: number[];
}

export function opCodes(ops: Record<string, number>): OpCodes {
  const need = (name: string): number => ops[name] ?? -1;
  return {
    save: need("save"),
    restore: need("restore"),
    transform: need("transform"),
    setStrokeRGBColor: need("setStrokeRGBColor"),
    setFillRGBColor: need("setFillRGBColor"),
    constructPath: need("constructPath"),
    paintFormXObjectBegin: need("paintFormXObjectBegin"),
    paintFormXObjectEnd: need("paintFormXObjectEnd"),
    stroke: need("stroke"),
    closeStroke: need("closeStroke"),
    fill: need("fill"),
    eoFill: need("eoFill"),
    fillStroke: need("fillStroke"),
    eoFillStroke: need("eoFillStroke"),
    closeFillStroke: need("closeFillStroke"),
    closeEOFillStroke: need("closeEOFillStroke"),
    images: [
      "paintImageXObject",
      "paintInlineImageXObject",
      "paintImageMaskXObject",
      "paintInlineImageXObjectGroup",
      "paintImageXObjectRepeat",
      "paintImageMaskXObjectRepeat",
      "paintImageMaskXObjectGroup",
    ].map(need),
  };
}

const isWhite = (color: string | null): boolean => color !== null && /^#f[c-f]f[c-f]f[c-f]$/i.test(color);

type Point = [number, number];

/** The subpaths of a `constructPath`'s data, in display space; curves break a subpath's straight run. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: Point[]; closed: boolean; curved: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < data.length;) {
    const op = data[i];
    if (op === MOVE_TO) {
      current = { points: [apply(ctm, data[i + 1], data[i + 2])], closed: false, curved: false };
      out.push(current);
      i += 3;
    } else if (op === LINE_TO) {
      current?.points.push(apply(ctm, data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === CURVE_TO) {
      if (current) current.curved = true;
      // Keep the end point so the next straight segment starts where the curve ended.
      current?.points.push(apply(ctm, data[i + 5], data[i + 6]));
      i += 7;
    } else if (op === CLOSE_PATH) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break; // an encoding this walk does not know: keep what was read
    }
  }
  return out;
}

/** An axis-parallel segment between two points, or null. */
function segment(a: Point, b: Point): Rule | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= SKEW && dx >= MIN_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]), y1: y, y2: y };
  }
  if (dx <= SKEW && dy >= MIN_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, x2: x, y1: Math.min(a[1], b[1]), y2: Math.max(a[1], b[1]) };
  }
  return null;
}

function strokedRules(paths: ReturnType<typeof subpaths>, out: Rule[]): void {
  for (const { points, closed } of paths) {
    for (let i = 1; i < points.length; i++) {
      const s = segment(points[i - 1], points[i]);
      if (s) out.push(s);
    }
    if (closed && points.length > 2) {
      const s = segment(points[points.length - 1], points[0]);
      if (s) out.push(s);
    }
  }
}

/** The rule a thin filled rectangle draws: its centre line along its long side. */
function filledRules(paths: ReturnType<typeof subpaths>, out: Rule[]): void {
  for (const { points, curved } of paths) {
    if (curved || points.length < 4 || points.length > 5) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    // Axis-parallel rectangle: every corner shares x with one neighbour and y with the other.
    const rect = points.slice(0, 4).every((p, i) => {
      const q = points[(i + 1) % 4];
      return Math.abs(p[0] - q[0]) <= SKEW || Math.abs(p[1] - q[1]) <= SKEW;
    });
    if (!rect) continue;
    const x1 = Math.min(...xs);
    const x2 = Math.max(...xs);
    const y1 = Math.min(...ys);
    const y2 = Math.max(...ys);
    const w = x2 - x1;
    const h = y2 - y1;
    if (h <= MAX_RULE_THICKNESS && w >= MIN_LENGTH && w > h) out.push({ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 });
    else if (w <= MAX_RULE_THICKNESS && h >= MIN_LENGTH && h > w) out.push({ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 });
  }
}

/**
 * Walk a page's operator list. `view` maps user space to display space (the page viewport's
 * transform), so rules and text items share one coordinate system whatever the page rotation.
 */
export function pageGraphics(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, codes: OpCodes, view: Matrix): PageGraphics {
  const rules: Rule[] = [];
  let images = 0;
  let state: GState = { ctm: view, fill: null, stroke: null };
  const stack: GState[] = [];
  const imageOps = new Set(codes.images);
  const strokes = new Set([codes.stroke, codes.closeStroke, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  const fills = new Set([codes.fill, codes.eoFill, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === codes.save) {
      stack.push(state);
      state = { ...state };
    } else if (fn === codes.restore) {
      state = stack.pop() ?? state;
    } else if (fn === codes.transform && args) {
      state.ctm = compose(state.ctm, args as Matrix);
    } else if (fn === codes.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      const matrix = args?.[0];
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix)) state.ctm = compose(state.ctm, Array.from(matrix as ArrayLike<number>) as Matrix);
    } else if (fn === codes.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === codes.setStrokeRGBColor) {
      state.stroke = typeof args?.[0] === "string" ? args[0] : null;
    } else if (fn === codes.setFillRGBColor) {
      state.fill = typeof args?.[0] === "string" ? args[0] : null;
    } else if (fn === codes.constructPath && args) {
      const paint = args[0] as number;
      const doStroke = strokes.has(paint) && !isWhite(state.stroke);
      const doFill = fills.has(paint) && !isWhite(state.fill);
      if (!doStroke && !doFill) continue;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) continue;
      const paths = subpaths(data, state.ctm);
      if (doStroke) strokedRules(paths, rules);
      if (doFill) filledRules(paths, rules);
    } else if (imageOps.has(fn)) {
      images++;
    }
  }
  return { rules, images };
}
