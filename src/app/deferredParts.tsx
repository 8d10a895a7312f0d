// The parts of the page a reader does not need before a first interaction, each loaded on demand
// in a chunk of its own (ui/lazyPart.tsx): the pages about the data (with the methodology's
// text), the contents of "Share & data" (downloads, embed code, citation), the footer's citation
// on those pages, and the print view. None is in the prerendered first view, so hydration never
// meets one. main.tsx fetches the one a URL opens before it hydrates, and all of them as soon as
// the app has taken over, so they are in memory before a click asks for them, or the network
// goes away.
// The panel and the list stay in the main chunks: a click on a marker must open the panel within
// the bench's 50 ms, and both are used as soon as the page answers, offline too.
import { LoadingState } from '../features/shell/LoadingState.tsx';
import { lazyPart } from '../ui/lazyPart.tsx';
import type { UrlState } from '../domain/urlState.ts';

/** Holds the place of a page about the data while its code arrives, tall (styles.css), so the footer does not jump up and back. */
const pageLoading = (title: string) => (
  <div className="part-loading part-loading--page">
    <LoadingState message={`Loading “${title}”…`} />
  </div>
);

export const MethodologyPart = lazyPart({
  label: 'How we know',
  fallback: pageLoading('How we know'),
  load: () => import('../features/about/MethodologyView.tsx').then((m) => m.MethodologyView),
});

export const SourcesPart = lazyPart({
  label: 'Sources',
  fallback: pageLoading('Sources'),
  load: () => import('../features/about/SourcesView.tsx').then((m) => m.SourcesView),
});

export const ShareContentsPart = lazyPart({
  label: 'Share & data',
  // Inside the menu's panel, so a reader sees it only if they open the menu before the code is in.
  fallback: (
    <p className="part-loading" role="status">
      Loading downloads, embed code and citation…
    </p>
  ),
  load: () => import('./ShareContents.tsx').then((m) => m.ShareContents),
});

export const ViewCitationPart = lazyPart({
  label: 'Cite this',
  // Last in the footer: it may simply appear, moving nothing.
  fallback: null,
  load: () => import('./ViewCitation.tsx').then((m) => m.ViewCitation),
});

export const PrintPart = lazyPart({
  label: 'The printable list',
  // Printing renders synchronously (usePrinting): a chunk still on its way prints this note.
  fallback: <p className="print-view">The printable list was still loading when printing began: print again to get every launch.</p>,
  load: () => import('../features/print/PrintView.tsx').then((m) => m.PrintView),
});

type Part = { preload: () => Promise<unknown> };

/** The parts a view can reach: an embed has no "Share & data" menu and no footer. */
function partsFor(embed: boolean): Part[] {
  const common = [MethodologyPart, SourcesPart, PrintPart];
  return embed ? common : [...common, ShareContentsPart, ViewCitationPart];
}

/**
 * Fetches the part the URL opens (a page about the data), so the first frame the reader sees is
 * that page rather than its loading note. Never rejects: a failed fetch is tried again, and
 * explained, when the part renders.
 */
export async function preloadPartsFor(state: Pick<UrlState, 'about'>): Promise<void> {
  const part = state.about === 'methodology' ? MethodologyPart : state.about === 'sources' ? SourcesPart : null;
  await part?.preload().catch(() => undefined);
}

/**
 * Fetches every part the view can reach, so each is in memory before a click needs it or the
 * network goes away. Resolves once every fetch has ended; never rejects: a part whose fetch failed
 * asks again, and says so if it fails again, when it is shown.
 */
export async function prefetchParts(state: Pick<UrlState, 'embed'>): Promise<void> {
  // Not while the browser knows it is offline: Chromium keeps a module that failed to download as
  // failed for the page's life, so a part fetched now would fail again when shown once back
  // online. The fetch waits for the connection instead.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    await new Promise<void>((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
  }
  await Promise.all(partsFor(state.embed).map((part) => part.preload().catch(() => undefined)));
}
