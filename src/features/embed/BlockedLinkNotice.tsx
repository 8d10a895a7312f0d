import { useEffect, useRef } from 'react';
import { useEdition } from '../../ui/i18n.tsx';

type BlockedLinkNoticeProps = {
  url: string;
  /** Where to show it: just below the link that was clicked, in page coordinates. */
  top: number;
  onClose: () => void;
};

/** What to do with a link the site around the embed would not let open: copy its address. */
export function BlockedLinkNotice({ url, top, onClose }: BlockedLinkNoticeProps) {
  const { m } = useEdition();
  const t = m.common.blockedLink;
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);
  return (
    <div role="alert" className="blocked-link" style={{ top }}>
      <p className="blocked-link__text">{t.text}</p>
      <input ref={field} className="blocked-link__url" type="text" readOnly value={url} aria-label={t.address} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="button" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}
