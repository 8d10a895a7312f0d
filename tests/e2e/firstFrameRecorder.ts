// Records the first frame that shows any launch (requestAnimationFrame runs before every paint,
// so a view that flashed for one frame would be caught): what the reader saw first.
import type { Page } from '@playwright/test';

export type FirstFrame = {
  /** Accessible names of the launch markers painted in that frame. */
  markers: string[];
  /** The launch panel's heading as painted then, or null where none was. */
  panelHeading: string | null;
  pageHeader: boolean;
  embedChrome: boolean;
};

declare global {
  interface Window {
    __firstFrame?: FirstFrame;
  }
}

/** Records what the first frame with a painted launch marker showed. */
export async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    // Painted: laid out with a box, and neither hidden nor transparent.
    const painted = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const check = () => {
      const markers = [...document.querySelectorAll('[data-launch-id]')].filter(painted);
      if (markers.length === 0) {
        requestAnimationFrame(check);
        return;
      }
      const heading = document.querySelector('section[aria-label="Launch details"] h2');
      const header = document.querySelector('.page-header');
      const chrome = document.querySelector('.embed-chrome');
      window.__firstFrame = {
        markers: markers.map((m) => m.getAttribute('aria-label') ?? m.textContent ?? ''),
        panelHeading: heading && painted(heading) ? (heading.textContent ?? '') : null,
        pageHeader: header !== null && painted(header),
        embedChrome: chrome !== null && painted(chrome),
      };
    };
    requestAnimationFrame(check);
  });
}

export async function firstFrame(page: Page): Promise<FirstFrame> {
  await page.waitForFunction(() => window.__firstFrame !== undefined);
  const frame = await page.evaluate(() => window.__firstFrame);
  if (!frame) throw new Error('no frame with a launch was painted');
  return frame;
}

