// Colours as a file read outside the page understands them. The page's colours are variables,
// light-dark() pairs and color-mix()es; the browser resolves them, but may answer in a notation
// (color(srgb …)) that older SVG tools do not read, so those are drawn to a pixel and read back.
import { context2d } from './canvas.ts';

const cache = new Map<string, string>();
let pixel: CanvasRenderingContext2D | null | undefined;

function pixelContext(): CanvasRenderingContext2D | null {
  if (pixel === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    pixel = context2d(canvas, { willReadFrequently: true });
  }
  return pixel;
}

/** `value` (a computed colour, or 'none') as rgb()/rgba(); left as it is where it already is, or cannot be drawn. */
export function plainColour(value: string): string {
  if (value === 'none' || /^rgba?\(/.test(value)) return value;
  const known = cache.get(value);
  if (known !== undefined) return known;
  const context = pixelContext();
  let plain = value;
  if (context) {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 255] = context.getImageData(0, 0, 1, 1).data;
    plain = a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  }
  cache.set(value, plain);
  return plain;
}

/**
 * The page's colour `cssValue` (e.g. 'var(--bg)') where `context` is: read off a probe element
 * placed inside it, so the theme and every variable on the way apply.
 */
export function resolveColour(context: Element, cssValue: string): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = cssValue;
  context.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return plainColour(colour);
}
