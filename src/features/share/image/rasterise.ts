// The SVG picture drawn to a canvas and read back as a PNG. The image is loaded from a data: URL,
// which the page's CSP allows (img-src 'self' data:) where it refuses blob: images; nothing is
// fetched, and an SVG shown as an image loads no resource of its own.
import { context2d } from './canvas.ts';

/** Why a picture could not be made: a reason the reader is told, in the edition's words (share.image.reasons). */
export type ImageErrorCode = 'no-canvas' | 'not-drawn' | 'not-encoded' | 'no-size' | 'no-glyph';

/** Why a picture could not be made; its message is the English reason, for logs. */
export class ImageError extends Error {
  override name = 'ImageError';
  readonly code: ImageErrorCode;
  constructor(code: ImageErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

function loadImage(svgText: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  return image.decode().then(
    () => image,
    () => {
      throw new ImageError('not-drawn', 'the browser could not draw the picture');
    },
  );
}

/** `svgText` (`width` × `height` px) as a PNG `scale` times that size. */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = context2d(canvas);
  if (!context) throw new ImageError('no-canvas', 'this browser offers no canvas to draw it on');
  const image = await loadImage(svgText);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ImageError('not-encoded', 'the browser could not encode the PNG'))), 'image/png');
  });
}
