// The one script index.html loads up front, kept tiny: the prerendered timeline is on screen
// before it runs, and React with the rest of the app (main.tsx) is fetched only after that first
// frame, so it neither delays the frame nor competes with what it needs.
import { holdInput } from './heldInput.ts';
import '../styles.css';

/** Resolves after the next frame is painted, or after `limit` ms where no frame comes (a hidden tab). */
function afterNextPaint(limit: number): Promise<void> {
  return new Promise((resolve) => {
    // A task queued from requestAnimationFrame runs once that frame is painted.
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, limit);
  });
}

const root = document.getElementById('root');
if (root?.hasAttribute('data-prerendered') && document.documentElement.dataset.prerender !== 'skip') {
  const held = holdInput(root);
  void afterNextPaint(200)
    .then(() => import('./main.tsx'))
    .then(({ start }) => start(root, held));
} else if (root) {
  // Markup this URL cannot use (an embed, another dataset) was hidden from the first frame
  // (boot.css); now it leaves the page too, so nothing can find it while the app loads.
  root.replaceChildren();
  delete root.dataset.prerendered;
  void import('./main.tsx').then(({ start }) => start(root, null));
}
