import { useId, useRef, useState } from 'react';
import { embedFrameTitle, embedSnippet, embedSrc, INITIAL_EMBED_HEIGHT, RECOMMENDED_SANDBOX } from '../../domain/embedMessages.ts';
import type { UrlState } from '../../domain/urlState.ts';
import { copyOrSelect, selectedHint } from '../../ui/copyText.ts';
import '../../ui/copyField.css';
import './embed.css';

type EmbedDialogProps = {
  /** The current view: the snippet pins it (opened launch, filters, view, theme) and adds embed=1. */
  state: UrlState;
  /** The dataset title; the iframe is titled "Interactive timeline: <title>". */
  title: string;
  /** Absolute URL of the app root: `new URL(import.meta.env.BASE_URL, window.location.href).href`. */
  baseUrl: string;
};

const WIDTHS = [
  { id: 'phone', label: 'Phone (375 px)' },
  { id: 'desktop', label: 'Desktop' },
] as const;
type PreviewWidth = (typeof WIDTHS)[number]['id'];
type CopyState = 'idle' | 'copied' | 'manual';

/** The "Embed" button and its modal dialog: the snippet for this view, a live preview, one-click copy. */
export function EmbedDialog({ state, title, baseUrl }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [width, setWidth] = useState<PreviewWidth>('phone');
  const [copy, setCopy] = useState<CopyState>('idle');
  const id = useId();

  const frameTitle = embedFrameTitle(title);
  // Built only while open: a closed dialog shows none, and the prerendered page has no base URL yet.
  const snippet = isOpen ? embedSnippet({ baseUrl, state, title: frameTitle }) : '';

  const open = () => {
    setCopy('idle');
    setIsOpen(true);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();
  // Esc, the Close button and form submission all end here.
  const onClose = () => {
    setIsOpen(false);
    openerRef.current?.focus();
  };

  const copyCode = async () => setCopy(await copyOrSelect(snippet, codeRef.current));

  return (
    <>
      <button ref={openerRef} type="button" className="button" aria-haspopup="dialog" onClick={open}>
        Embed
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
        <h2 id={`${id}-heading`} className="embed-dialog__title">
          Embed this timeline
        </h2>
        <p className="embed-dialog__intro">
          Paste this code into your page’s HTML. It shows the view you have now (the opened launch, the filter, the view and the theme), and works
          without the script at its initial height; the script lets it fit its content.
        </p>
        <label className="embed-dialog__label" htmlFor={`${id}-code`}>
          Embed code
        </label>
        <textarea
          ref={codeRef}
          id={`${id}-code`}
          className="embed-dialog__code copy-field"
          readOnly
          rows={6}
          spellCheck={false}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="embed-dialog__copy">
          <button type="button" className="button" onClick={() => void copyCode()}>
            Copy code
          </button>
          <p role="status" className="embed-dialog__status">
            {copy === 'copied' ? 'Code copied.' : copy === 'manual' ? selectedHint('The code') : ''}
          </p>
        </div>
        <fieldset className="embed-dialog__widths">
          <legend>Preview width</legend>
          {WIDTHS.map((option) => (
            <label key={option.id} className="embed-dialog__width">
              <input type="radio" name={`${id}-width`} value={option.id} checked={width === option.id} onChange={() => setWidth(option.id)} />
              {option.label}
            </label>
          ))}
        </fieldset>
        <p className="embed-dialog__note">
          Preview at the embed’s initial height of {INITIAL_EMBED_HEIGHT} px, as a page without the script shows it.
        </p>
        <div className={`embed-dialog__preview embed-dialog__preview--${width}`}>
          {isOpen && (
            <iframe
              className="embed-dialog__frame"
              title={`Preview: ${frameTitle}`}
              src={embedSrc(baseUrl, state)}
              sandbox={RECOMMENDED_SANDBOX}
            />
          )}
        </div>
        <div className="embed-dialog__footer">
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
