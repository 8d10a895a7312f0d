// A copy of an SVG drawn in the page that looks the same outside it: each element of the copy
// carries, as presentation attributes (fill="rgb(…)", font-size="12px"), the computed values of
// the properties that paint it (colours from the page's variables and the theme resolved to plain
// rgb()), and nothing the page's scripts or assistive technology needed. Attributes, not a style
// attribute: SVG tools read them, and the page's CSP (no 'unsafe-inline' styles) refuses style
// attributes even on elements never put in the page. The original is read, never changed.
import { plainColour } from './colours.ts';

/**
 * Inherited properties, with their initial values: written where they differ from the parent's
 * (on the root, from the initial value), so a value is written once where it starts to apply.
 */
const INHERITED: Readonly<Record<string, string | null>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'paint-order': 'normal',
  // Always on the root: an SVG viewer's default font and size are not the page's.
  'font-family': null,
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
  'unicode-bidi': 'normal',
};

/** Not inherited: written where they differ from their initial value (attribute name: [property, initial]). */
const OWN: Readonly<Record<string, readonly [string, string]>> = {
  opacity: ['opacity', '1'],
  'text-decoration': ['text-decoration-line', 'none'],
};

/** The attributes that carry the copy's painting: the root's, carried to glyphs drawn apart from it. */
export const PAINT_ATTRIBUTES: readonly string[] = [...Object.keys(INHERITED), ...Object.keys(OWN)];

const COLOURS = new Set(['fill', 'stroke']);

/** What only the page needs: focus, roles, names for assistive technology, ids that could clash. */
const DROPPED_ATTRIBUTE = /^(aria-.*|role|tabindex|focusable|id|data-.*|style)$/;

function transparent(value: string): boolean {
  return value === 'none' || /^rgba\(.*,\s*0\)$/.test(value) || value === 'transparent';
}

/** An element that paints nothing and holds nothing: a hit area. */
function invisibleLeaf(element: Element, style: CSSStyleDeclaration): boolean {
  return element.childElementCount === 0 && element.tagName !== 'text' && transparent(style.fill) && transparent(style.stroke);
}

/** Writes `clone`'s painting attributes from `style`, the computed style of its original. */
function writePaint(clone: Element, style: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): void {
  for (const [name, initial] of Object.entries(INHERITED)) {
    // What the page set as an attribute (d3-axis's font-family="sans-serif") gives way to what it computed.
    clone.removeAttribute(name);
    const value = style.getPropertyValue(name);
    const inherited = parent ? parent.getPropertyValue(name) : initial;
    if (value === '' || value === inherited) continue;
    clone.setAttribute(name, COLOURS.has(name) ? plainColour(value) : value);
  }
  for (const [name, [property, initial]] of Object.entries(OWN)) {
    clone.removeAttribute(name);
    const value = style.getPropertyValue(property);
    if (value !== '' && value !== initial) clone.setAttribute(name, value);
  }
}

/**
 * A deep copy of `source` (which must be in the document, so it has computed styles) with its
 * painting written on each element; elements that are not displayed, and hit areas, are left out, and so
 * are the chart's own <title> and <desc>, written for the page's screen-reader users.
 */
export function cloneWithStyles(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const drop: Element[] = [];
  const walk = (original: Element, clone: Element, parent: CSSStyleDeclaration | null) => {
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden' || (parent && invisibleLeaf(original, style))) {
      drop.push(clone);
      return;
    }
    if (parent && (clone.tagName === 'title' || clone.tagName === 'desc')) {
      drop.push(clone);
      return;
    }
    for (const { name } of [...clone.attributes]) if (DROPPED_ATTRIBUTE.test(name)) clone.removeAttribute(name);
    writePaint(clone, style, parent);
    for (let i = 0; i < original.children.length; i++) {
      const child = original.children[i];
      const cloneChild = clone.children[i];
      if (child && cloneChild) walk(child, cloneChild, style);
    }
  };
  walk(source, copy, null);
  for (const element of drop) element.remove();
  return copy;
}
