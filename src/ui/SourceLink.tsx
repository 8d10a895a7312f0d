import type { Source } from '../data/schema.ts';
import { isWebUrl } from '../data/validators.ts';

type SourceLinkProps = { source: Source };

/**
 * The source title as a new-tab link, or as text with the raw address when the file's
 * link was not http(s): a `javascript:` or `data:` URL must never become clickable.
 */
export function SourceLink({ source }: SourceLinkProps) {
  // Checked again here, not only in the loader: this is the last gate before an href.
  if (source.url !== null && isWebUrl(source.url)) {
    return (
      <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
        <span dir="auto" lang={source.language}>
          {source.title}
        </span>
        <span className="visually-hidden"> (opens in a new tab)</span>
        <span className="source-link__icon" aria-hidden="true">
          ↗
        </span>
      </a>
    );
  }
  return (
    <span className="source-link source-link--withheld">
      <span dir="auto" lang={source.language}>
        {source.title}
      </span>{' '}
      <span className="source-link__raw" dir="auto">
        {source.rawUrl}
      </span>{' '}
      <span className="source-link__note">(link withheld: not a web address)</span>
    </span>
  );
}
