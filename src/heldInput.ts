// Clicks and keys on the prerendered page before the app has hydrated it. The markup looks ready
// but has no handlers yet: rather than lose them, they are held, then dispatched again to the
// same elements (hydration keeps them) once the app runs.

/** Keys the app's own handlers act on (markers, panel, chart); Tab and the rest work natively. */
const KEYS = new Set(['Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', '+', '=', '-', '_']);
/** Native controls turn Enter and Space into a click, which is held instead. */
const NATIVE_CONTROLS = 'a[href], button, input, select, textarea, summary';

export type HeldInput = {
  /** Stops holding and dispatches what was held, in order. */
  replay: () => void;
  /** Stops holding and forgets what was held (the page is rendered afresh). */
  drop: () => void;
};

/** Holds clicks inside `root` (except on links, which need no app) and the app's keys on its non-native controls. */
export function holdInput(root: Element, doc: Document = document): HeldInput {
  const held: { target: Element; event: Event }[] = [];
  const hold = (event: Event) => {
    const { target } = event;
    if (!(target instanceof Element) || !root.contains(target)) return;
    const wanted = event instanceof KeyboardEvent ? KEYS.has(event.key) && !target.closest(NATIVE_CONTROLS) : !target.closest('a[href]');
    if (!wanted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push({ target, event });
  };
  doc.addEventListener('click', hold, true);
  doc.addEventListener('keydown', hold, true);
  const stop = () => {
    doc.removeEventListener('click', hold, true);
    doc.removeEventListener('keydown', hold, true);
  };
  return {
    replay: () => {
      stop();
      for (const { target, event } of held.splice(0)) {
        if (!target.isConnected) continue;
        // The original event is its own init dictionary: same key, button, modifiers, position.
        target.dispatchEvent(event instanceof KeyboardEvent ? new KeyboardEvent(event.type, event) : new MouseEvent(event.type, event instanceof MouseEvent ? event : { bubbles: true, cancelable: true }));
      }
    },
    drop: () => {
      stop();
      held.length = 0;
    },
  };
}
