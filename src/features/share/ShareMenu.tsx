// "Share & data": the ways to take the view away (downloads, link, embed code, citation) behind
// one disclosure button, so they wait under the launches instead of crowding them. A disclosure,
// not an ARIA menu: what it reveals is ordinary buttons and a form, reached with Tab.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEdition } from '../../ui/i18n.tsx';
import './share.css';

export function ShareMenu({ children }: { children: ReactNode }) {
  const { m } = useEdition();
  const id = useId();
  const [open, setOpen] = useState(false);
  // The contents are made the first time the menu opens, then kept (a dialog opened from them
  // stays): a page that is never shared never renders them, and their code, loaded on demand,
  // is not asked for while the page starts.
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const toggle = () => {
    setOpen(!open);
    setOpened(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc inside a dialog opened from here (Embed) closes that dialog, not the menu under it.
    if (event.key !== 'Escape' || !open || (event.target instanceof Element && event.target.closest('dialog'))) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="share-menu" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="button share-menu__button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={toggle}>
        {m.common.shareMenu}
      </button>
      <div id={`${id}-panel`} className="share-menu__panel" hidden={!open}>
        {opened && children}
      </div>
    </div>
  );
}
