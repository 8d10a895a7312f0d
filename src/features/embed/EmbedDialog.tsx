import { useId, useRef, useState } from 'react';
import { embedSnippet, embedSrc, INITIAL_EMBED_HEIGHT, RECOMMENDED_SANDBOX } from '../../domain/embedMessages.ts';
import { plainText } from '../../domain/i18n/langSpans.ts';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../domain/i18n/locale.ts';
import type { UrlState } from '../../domain/urlState.ts';
import { copyOrSelect } from '../../ui/copyText.ts';
import { useEdition } from '../../ui/i18n.tsx';
import '../../ui/copyField.css';
import './embed.css';
import { useParts } from '../../ui/parts.ts';

type EmbedDialogProps = {
  /** The current view: the snippet pins it (opened launch, filters, view, theme) and adds embed=1. */
  state: UrlState;
  /** The dataset title (in the edition's language); the iframe is titled "Interactive timeline: <title>". */
  title: string;
  /** Absolute URL of the app root: `new URL(import.meta.env.BASE_URL, window.location.href).href`. */
  baseUrl: string;
};

const WIDTHS = ['phone', 'desktop'] as const;
/** The phone preview's width in px (embed.css). */
const PHONE_WIDTH = 375;
type PreviewWidth = (typeof WIDTHS)[number];
type CopyState = 'idle' | 'copied' | 'manual';


/** The "Embed" button and its modal dialog: the snippet for this view, a live preview, one-click copy. */
export function EmbedDialog({ state, title, baseUrl }: EmbedDialogProps) {
  const { m, locale } = useEdition();
  const parts = useParts();
  const t = parts.share.embed;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [width, setWidth] = useState<PreviewWidth>('phone');
  const [copy, setCopy] = useState<CopyState>('idle');
  // The embed's edition: the reader's own unless they choose another.
  const [lang, setLang] = useState<Locale>(locale);
  const id = useId();

  const frameTitle = m.core.embedTitle(plainText(title));
  // Built only while open: a closed dialog shows none, and the prerendered page has no base URL yet.
  // The chosen edition is part of the embedded view: ko/ and ja/ are its pages' folders.
  const embedState = { ...state, lang: lang === 'en' ? null : lang };
  const src = isOpen ? embedSrc(baseUrl, embedState) : '';
  const snippet = isOpen ? embedSnippet({ baseUrl, state: embedState, title: frameTitle }) : '';

  const open = () => {
    setCopy('idle');
    setLang(locale);
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
        {t.button}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
        <h2 id={`${id}-heading`} className="embed-dialog__title">
          {t.heading}
        </h2>
        <p className="embed-dialog__intro">{t.intro}</p>
        <div className="embed-dialog__language">
          <label className="embed-dialog__label" htmlFor={`${id}-lang`}>
            {t.language}
          </label>{' '}
          <select
            id={`${id}-lang`}
            value={lang}
            onChange={(event) => {
              if (isLocale(event.target.value)) setLang(event.target.value);
              setCopy('idle');
            }}
          >
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LOCALE_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <label className="embed-dialog__label" htmlFor={`${id}-code`}>
          {t.code}
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
            {t.copy}
          </button>
          <p role="status" className="embed-dialog__status">
            {copy === 'copied' ? t.copied : copy === 'manual' ? t.selected : ''}
          </p>
        </div>
        <fieldset className="embed-dialog__widths">
          <legend>{t.widths}</legend>
          {WIDTHS.map((option) => (
            <label key={option} className="embed-dialog__width">
              <input type="radio" name={`${id}-width`} value={option} checked={width === option} onChange={() => setWidth(option)} />
              {option === 'phone' ? t.phone(PHONE_WIDTH) : t.desktop}
            </label>
          ))}
        </fieldset>
        <p className="embed-dialog__note">
          {t.note(INITIAL_EMBED_HEIGHT)}
        </p>
        <div className={`embed-dialog__preview embed-dialog__preview--${width}`}>
          {isOpen && (
            <iframe
              className="embed-dialog__frame"
              title={t.previewTitle(frameTitle)}
              src={src}
              sandbox={RECOMMENDED_SANDBOX}
            />
          )}
        </div>
        <div className="embed-dialog__footer">
          <button type="button" className="button" onClick={close}>
            {t.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
