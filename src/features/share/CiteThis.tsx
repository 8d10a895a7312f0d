import { useId, useRef, useState } from 'react';
import { apaCitation, calendarDateIn, plainCitation } from '../../domain/citation.ts';
import { copyOrSelect } from '../../ui/copyText.ts';
import { useEdition } from '../../ui/i18n.tsx';
import '../../ui/copyField.css';
import '../../ui/provenance.css';
import { useParts } from '../../ui/parts.ts';

export type CiteThisProps = {
  /** Title of the view being cited (see `viewTitle`). */
  title: string;
  version: string;
  /** Absolute URL of the view. */
  url: string;
  /** "Now", read by the caller: the citation's date accessed. */
  accessed: Date;
  /** YYYY-MM-DD the data last changed; gives the APA year. */
  updated?: string;
  /** Zone for the accessed date; the reader's own by default. */
  timeZone?: string;
};

type Format = { key: 'apa' | 'plain'; label: string; copy: string; text: string };

/** "Cite this": the view as an APA-style reference and as one line, each with a Copy button. */
export function CiteThis({ title, version, url, accessed, updated, timeZone }: CiteThisProps) {
  const { locale } = useEdition();
  const parts = useParts();
  const t = parts.share.cite;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const fields = useRef<Partial<Record<Format['key'], HTMLTextAreaElement | null>>>({});
  // Made only while open: the reader's date needs a time-zone formatter, slow to make, and the
  // footer re-renders with every change of view.
  const formats = (): Format[] => {
    const day = calendarDateIn(accessed, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    const input = { title, version, url, updated, accessed: day };
    return [
      { key: 'apa', label: t.apa, copy: t.copyApa, text: apaCitation(input, t, locale) },
      { key: 'plain', label: t.plain, copy: t.copyPlain, text: plainCitation(input, t, locale) },
    ];
  };

  const copy = async ({ key, text }: Format) => {
    const result = await copyOrSelect(text, fields.current[key]);
    setStatus(result === 'copied' ? t.copied : t.selected);
  };

  return (
    <div className="cite-this">
      <button type="button" className="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t.button}
      </button>
      <div id={`${id}-panel`} className="cite-this__panel" hidden={!open}>
        {(open ? formats() : []).map((format) => (
          <div key={format.key} className="cite-this__format">
            <label htmlFor={`${id}-${format.key}`} className="cite-this__label">
              {format.label}
            </label>
            <textarea
              ref={(el) => {
                fields.current[format.key] = el;
              }}
              id={`${id}-${format.key}`}
              className="cite-this__text copy-field"
              dir="auto"
              readOnly
              rows={3}
              value={format.text}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copy(format)}>
              {format.copy}
            </button>
          </div>
        ))}
        <p role="status" className="cite-this__status">
          {status}
        </p>
      </div>
    </div>
  );
}
