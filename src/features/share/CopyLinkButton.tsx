import { useState } from 'react';
import { copyText } from '../../ui/copyText.ts';
import { useEdition } from '../../ui/i18n.tsx';

type CopyLinkButtonProps = { url: string };

/** Copies the link to this exact view; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton({ url }: CopyLinkButtonProps) {
  const { m } = useEdition();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => setState((await copyText(url)) ? 'copied' : 'manual');
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {m.common.shareLink.copy}
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? m.common.shareLink.copied : ''}
      </span>
      {state === 'manual' && (
        <label className="copy-link__manual">
          {m.common.shareLink.manual}
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
