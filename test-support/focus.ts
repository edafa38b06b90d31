/*
 * What axe cannot see about focus and targets, measured from computed styles: the focus
 * indicator's rings and their contrast (WCAG 2.4.7, 2.4.13, 1.4.11) and the size of each target
 * (WCAG 2.5.8).
 */

type Rgba = [number, number, number, number];

/** `rgb(…)`/`rgba(…)` as computed styles give colours; `undefined` for anything else. */
export function parseColor(value: string): Rgba | undefined {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) return undefined;
  const [r, g, b, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a];
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const parentOf = (element: Element): Element | null =>
  element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** The colour painted behind `element`: its own background, else its nearest painted ancestor's, else the canvas. */
export function backgroundOf(element: Element | null): Rgba {
  for (let node = element; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return color;
  }
  // Nothing painted: the canvas, white unless the page says otherwise.
  return [255, 255, 255, 1];
}

export interface FocusIndicator {
  /** The rings drawn around the element while focused: the outline and a box-shadow spread. */
  rings: { color: Rgba; width: number }[];
  /** Best contrast of a ring at least 2 px wide against the component, and against what is behind it. */
  againstComponent: number;
  againstBehind: number;
}

/** Where the focus indicator of `focused` is drawn: a checkbox or radio button shows it on its label. */
export const indicatorElement = (focused: Element): Element => (focused.matches('input') && focused.closest('label')) || focused;

/** Measures the focus indicator of the focused `element`. */
export function focusIndicator(focused: Element): FocusIndicator {
  const element = indicatorElement(focused);
  const style = getComputedStyle(element);
  const rings: FocusIndicator['rings'] = [];
  const outline = parseColor(style.outlineColor);
  if (style.outlineStyle !== 'none' && outline) rings.push({ color: outline, width: parseFloat(style.outlineWidth) });
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
    const color = parseColor(shadow);
    const lengths = shadow.replace(/rgba?\([^)]*\)/, '').trim().split(/\s+/).map(parseFloat);
    if (color && !shadow.includes('inset')) rings.push({ color, width: lengths[3] ?? 0 });
  }
  const wide = rings.filter((ring) => ring.width >= 2 && ring.color[3] > 0.5);
  const best = (against: Rgba) => Math.max(0, ...wide.map((ring) => contrast(ring.color, against)));
  return { rings, againstComponent: best(backgroundOf(element)), againstBehind: best(backgroundOf(parentOf(element))) };
}

/**
 * The box a pointer can hit: the element's own, or for a radio button or checkbox its label's
 * (clicking the label activates it).
 */
export function targetBox(element: Element): DOMRect {
  const label = element.matches('input') ? element.closest('label') : null;
  return (label ?? element).getBoundingClientRect();
}
