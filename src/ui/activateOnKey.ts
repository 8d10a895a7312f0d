// Enter and Space for a mark drawn as role="button" on an SVG group, which, unlike a <button>,
// the browser does not activate by keyboard.
import type { KeyboardEvent } from 'react';

/** Calls `activate` on Enter or Space and returns true; returns false, doing nothing, for any other key. */
export function activateOnKey(event: Pick<KeyboardEvent, 'key' | 'preventDefault'>, activate: () => void): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  // Space would scroll the page.
  event.preventDefault();
  activate();
  return true;
}
