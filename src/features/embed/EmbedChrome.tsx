import { fullPageUrl } from '../../domain/embedMessages.ts';
import type { UrlState } from '../../domain/urlState.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import './embed.css';

type EmbedChromeProps = {
  /** The dataset title, shown as the embed's one heading. */
  title: string;
  /** The current view; the link opens the same view as a full page (without embed=1). */
  state: UrlState;
  /** Absolute URL of the app root: `new URL(import.meta.env.BASE_URL, window.location.href).href`. */
  baseUrl: string;
};

/** The only page chrome of an embed: a compact title line; the launches follow at once. */
export function EmbedChrome({ title }: Pick<EmbedChromeProps, 'title'>) {
  return (
    <header className="embed-chrome">
      <h1 className="embed-chrome__title" dir="auto">
        <LocalText text={title} />
      </h1>
    </header>
  );
}

/** The embed's way out to the full timeline, with the controls under the launches. */
export function OpenFullTimeline({ state, baseUrl }: Omit<EmbedChromeProps, 'title'>) {
  const { shell } = useEdition().m.core;
  return (
    <a className="embed-chrome__open" href={fullPageUrl(baseUrl, state)} target="_blank" rel="noopener noreferrer">
      {shell.openFull} <span className="visually-hidden">{shell.newTab}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
