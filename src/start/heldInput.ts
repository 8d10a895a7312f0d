// Clicks and keys on the prerendered page before the app has hydrated it. The markup looks ready
// but has no handlers yet: rather than lose them, they are held, then dispatched again to the
// same elements (hydration keeps them) once the app runs.

/** Keys the app's own handlers act on (markers, panel, chart); Tab and the rest work natively. */
const KEYS = new Set(['Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', '+', '=', '-', '_']);
/** Native controls turn Enter and Space into a click, which is held instead. */
const NATIVE_CONTROLS = 'a[href], button, input, select, textarea, summary';
/** A touch's click follows its touchend by a few ms, a slow phone's by more; a long press sends none. */
const CLICK_AFTER_RELEASE_MS = 1000;

export type HeldInput = {
  /** Stops holding and dispatches what was held, in order. */
  replay: () => void;
  /** Stops holding and forgets what was held (the page is rendered afresh). */
  drop: () => void;
};

const needsApp = (target: Element) => !target.closest('a[href]');

/**
 * Holds clicks inside `root` (except on links, which need no app) and the app's keys on its
 * non-native controls.
 *
 * A click goes to the element its press began on while the page was prerendered, not to what is
 * under the pointer when it ends: the app lays the chart out again for the real width as it takes
 * over (a phone gets the desktop-wide prerender), which can move a marker from under a finger
 * between its touchend and the click that follows.
 */
export function holdInput(root: Element, doc: Document = document): HeldInput {
  const held: { target: Element; event: Event }[] = [];
  let holding = true;
  let pressed: Element | null = null;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  // Our own dispatches pass through the listeners below untouched.
  let dispatching = false;
  const dispatch = (target: Element, event: Event) => {
    dispatching = true;
    try {
      // The original event is its own init dictionary: same key, button, modifiers, position.
      target.dispatchEvent(event instanceof KeyboardEvent ? new KeyboardEvent(event.type, event) : new MouseEvent(event.type, event instanceof MouseEvent ? event : { bubbles: true, cancelable: true }));
    } finally {
      dispatching = false;
    }
  };

  const cancel = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const forgetPress = () => {
    pressed = null;
    clearTimeout(releaseTimer);
    if (!holding) stopListening();
  };
  const onPointerDown = (event: Event) => {
    clearTimeout(releaseTimer);
    pressed = event.target instanceof Element && root.contains(event.target) ? event.target : null;
  };
  const onPointerUp = () => {
    if (pressed) releaseTimer = setTimeout(forgetPress, CLICK_AFTER_RELEASE_MS);
  };
  const onClick = (event: Event) => {
    const { target } = event;
    if (dispatching || !(target instanceof Element)) return;
    const intended = pressed?.isConnected && !pressed.contains(target) ? pressed : target;
    forgetPress();
    if (!root.contains(intended)) return;
    if (holding && needsApp(intended)) {
      cancel(event);
      held.push({ target: intended, event });
    } else if (intended !== target) {
      cancel(event);
      dispatch(intended, event);
    }
  };
  const onKeyDown = (event: Event) => {
    const { target } = event;
    if (dispatching || !holding || !(event instanceof KeyboardEvent) || !(target instanceof Element) || !root.contains(target)) return;
    if (!KEYS.has(event.key) || target.closest(NATIVE_CONTROLS)) return;
    cancel(event);
    held.push({ target, event });
  };

  const listeners: [string, (event: Event) => void][] = [
    ['click', onClick],
    ['keydown', onKeyDown],
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointercancel', forgetPress],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
  function stopListening() {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
  }
  // A press begun on the prerendered page keeps its click after holding stops; nothing else does.
  const stopHolding = () => {
    holding = false;
    if (!pressed) stopListening();
  };

  return {
    replay: () => {
      stopHolding();
      for (const { target, event } of held.splice(0)) if (target.isConnected) dispatch(target, event);
    },
    drop: () => {
      held.length = 0;
      holding = false;
      forgetPress();
    },
  };
}
