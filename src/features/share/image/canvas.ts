// A canvas's 2D context, or null where there is none: a browser may refuse one, and jsdom without
// the canvas package throws instead of returning null. Every use in the image code asks here.

export function context2d(canvas: HTMLCanvasElement, settings?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d', settings);
  } catch {
    return null;
  }
}
