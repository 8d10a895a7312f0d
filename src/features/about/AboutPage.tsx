import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { closeOnEscape } from '../../ui/closeOnEscape.ts';
import '../../ui/provenance.css';
import { useParts } from '../../ui/parts.ts';

type AboutPageProps = {
  /** The page's heading, which also names it for assistive technology. */
  title: string;
  /** The paragraph under the heading. */
  intro: ReactNode;
  /** Back to the timeline; also on Esc. */
  onClose: () => void;
  /** Buttons beside "Back to the timeline". */
  actions?: ReactNode;
  /** What takes focus instead of the heading when it is there (a highlighted entry). */
  focusRef?: RefObject<HTMLElement | null>;
  /** Focus moves again whenever this changes, so a new target is announced. */
  focusKey?: string | null;
  children: ReactNode;
};

/**
 * The frame of a page that replaces the timeline (How we know, Sources): the way back, a
 * heading that takes focus on open so a screen reader starts there, and Esc to leave.
 */
export function AboutPage({ title, intro, onClose, actions, focusRef, focusKey, children }: AboutPageProps) {
  const parts = useParts();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (focusRef?.current ?? headingRef.current)?.focus();
  }, [focusRef, focusKey]);

  return (
    <section className="about-view" aria-labelledby={`${id}-title`} onKeyDown={closeOnEscape(onClose)}>
      <div className="about-view__bar">
        <button type="button" className="button" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {parts.about.backToTimeline}
        </button>
        {actions}
      </div>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="about-view__title">
        {title}
      </h2>
      <p className="about-view__intro">{intro}</p>
      {children}
    </section>
  );
}
