import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a panel or view that closes it on Esc. It goes on the element
 * itself, never on window: keys outside the app's own elements belong to the host page.
 */
export function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
}
