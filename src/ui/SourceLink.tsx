import type { Source } from '../data/schema.ts';
import { isWebUrl } from '../data/validators.ts';
import { viaText } from '../domain/sourceUsage.ts';
import { useEdition } from './i18n.tsx';

type SourceLinkProps = { source: Source };

/**
 * The title: the page's own headline as published, or, marked as such, our description of a
 * page whose headline was not recorded (in italics, followed by "(descriptive title)").
 */
function SourceTitle({ source }: SourceLinkProps) {
  const { shell } = useEdition().m.core;
  // Titles are never translated: a title with no language of its own is English (as our own
  // descriptions are), marked so in every edition.
  if (source.descriptiveTitle === true) {
    return (
      <>
        <span className="source-link__title source-link__title--descriptive" dir="auto" lang="en">
          {source.title}
        </span>
        <span className="source-link__note">{shell.descriptiveTitle}</span>
      </>
    );
  }
  return (
    <span className="source-link__title" dir="auto" lang={source.language ?? 'en'}>
      {source.title}
    </span>
  );
}

/**
 * The source title as a new-tab link, or as text with the raw address when the file's
 * link was not http(s): a `javascript:` or `data:` URL must never become clickable.
 */
export function SourceLink({ source }: SourceLinkProps) {
  const { shell } = useEdition().m.core;
  // Checked again here, not only in the loader: this is the last gate before an href.
  if (source.url !== null && isWebUrl(source.url)) {
    return (
      <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
        <SourceTitle source={source} />
        <span className="visually-hidden"> {shell.newTab}</span>
        <span className="source-link__icon" aria-hidden="true">
          ↗
        </span>
      </a>
    );
  }
  return (
    <span className="source-link source-link--withheld">
      <SourceTitle source={source} />{' '}
      <span className="source-link__raw" dir="auto">
        {source.rawUrl}
      </span>{' '}
      <span className="source-link__note">{shell.linkWithheld}</span>
    </span>
  );
}

/**
 * A source named under a text (the notes under the chart, How we know): "Publisher: title ↗",
 * and where a copy was read, " · via FAS (republication)", as every source list says it.
 */
export function CitedSource({ source }: SourceLinkProps) {
  const { m } = useEdition();
  const via = viaText(source, m.common.sources);
  return (
    <>
      {/* A publisher's name is a proper name: not translated, by us or by a browser. */}
      <span dir="auto" translate="no">
        {source.publisher}
      </span>
      : <SourceLink source={source} />
      {via !== null && <span dir="auto"> · {via}</span>}
    </>
  );
}
