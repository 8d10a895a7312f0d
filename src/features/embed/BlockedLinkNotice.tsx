import { useEffect, useRef } from 'react';

type BlockedLinkNoticeProps = {
  url: string;
  /** Where to show it: just below the link that was clicked, in page coordinates. */
  top: number;
  onClose: () => void;
};

/** What to do with a link the site around the embed would not let open: copy its address. */
export function BlockedLinkNotice({ url, top, onClose }: BlockedLinkNoticeProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);
  return (
    <div role="alert" className="blocked-link" style={{ top }}>
      <p className="blocked-link__text">This site does not let the timeline open new tabs. To follow the link, copy its address into a new tab:</p>
      <input ref={field} className="blocked-link__url" type="text" readOnly value={url} aria-label="Address of the link" onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
