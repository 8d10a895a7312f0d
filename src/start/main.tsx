// The app's start, loaded by boot.ts. A prerendered page whose URL can use it is hydrated with
// the same data it was rendered from; anything else renders from scratch, as before prerendering.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { seedDataset } from '../data/datasetQuery.ts';
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import { fetchDataset, type LoadedDataset } from '../data/fetchDataset.ts';
import { canHydrate, datasetFingerprint, PAGE_SEARCH, type PrerenderedPage } from '../domain/prerender.ts';
import type { LoadedTranslation } from '../data/fetchTranslation.ts';
import { translationQueryKey } from '../data/translationQuery.ts';
import { editionLocale, isLocale, type Locale } from '../domain/i18n/locale.ts';
import { loadEdition } from '../app/loadMessages.ts';
import { parseUrlState, type UrlState } from '../domain/urlState.ts';
import { appBaseUrl, viewSearch } from '../app/appRoot.ts';
import type { HeldInput } from './heldInput.ts';

/** Which page the markup in `root` was prerendered for: embed.html's says so, index.html's does not. */
const prerenderedPage = (root: HTMLElement): PrerenderedPage => (root.dataset.page === 'embed' ? 'embed' : 'page');

/** The query the markup was rendered for: a share page's own view (data-view), else its page's default. */
const prerenderedSearch = (root: HTMLElement): string => root.dataset.view ?? PAGE_SEARCH[prerenderedPage(root)];

/** The edition the page's markup is in: its folder's (the build marks it on <html>), else English. */
const pageEdition = (): Locale => {
  const edition = document.documentElement.dataset.edition;
  return isLocale(edition) ? edition : 'en';
};

/** Lets the browser paint and take input before the next piece of start-up work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve));

type HydrationData = { loaded: LoadedDataset; translation: LoadedTranslation | null };

/** The data (and the edition's translation) to hydrate with, or null when the page must be rendered from scratch. */
async function hydrationData(root: HTMLElement, url: UrlState, locale: Locale): Promise<HydrationData | null> {
  const fingerprint = root.dataset.prerendered;
  if (fingerprint === undefined || !canHydrate(url, prerenderedPage(root), locale, pageEdition())) return null;
  try {
    // The same requests as the preloads the page's inline script started, so the browser hands those over.
    const baseUrl = appBaseUrl();
    const [loaded, translation] = await Promise.all([
      fetchDataset(DEFAULT_DATASET, { baseUrl }),
      locale === 'en' ? null : import('../data/fetchTranslation.ts').then(({ fetchTranslation }) => fetchTranslation(DEFAULT_DATASET, locale, { baseUrl })),
    ]);
    // Either file changed after the build: the markup is not theirs. The fingerprint reads the
    // whole dataset: a task of its own, not the end of the check's last step.
    await yieldToBrowser();
    if (datasetFingerprint(loaded) !== fingerprint) return null;
    if (translation !== null && datasetFingerprint(translation.translation) !== root.dataset.translation) return null;
    return { loaded, translation };
  } catch {
    // Rendered from scratch, the app asks again and shows its usual error if it fails again.
    return null;
  }
}

/** Runs `work` once the browser is idle, or after 2 s at most (or soon, where it has no idle callbacks). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}

/** Starts the app in `root`; `held` has the input that reached the prerendered page before it. */
export async function start(root: HTMLElement, held: HeldInput | null): Promise<void> {
  const queryClient = new QueryClient();
  const url = parseUrlState(new URLSearchParams(viewSearch())).state;
  // The edition is fixed for the page's life: another language is another address, a new page.
  const locale = editionLocale(url.lang, url.embed, navigator.languages);
  document.documentElement.lang = locale;
  // Start-up in tasks of its own, none blocking input for long: React (this chunk), then the app
  // (its own chunk), then the data's check (the data itself was preloaded by index.html), then
  // hydration.
  const [{ AppRoot }, { preloadPartsFor, prefetchParts }] = await Promise.all([import('../app/AppRoot.tsx'), import('../app/deferredParts.tsx')]);
  // English is in the app's chunk; another edition's catalog is a request, made beside the data's.
  const edition = await loadEdition(locale);
  // A URL that opens a part loaded on demand (a page about the data) fetches it beside the data,
  // so the first frame shown is that page, not its loading note.
  const part = preloadPartsFor(url);
  await yieldToBrowser();
  const hydration = await hydrationData(root, url, locale);
  const loaded = hydration?.loaded ?? null;
  // Only hydration waits for it: a render from scratch starts with the loading state anyway.
  if (loaded) await part;
  await yieldToBrowser();
  if (loaded) {
    seedDataset(queryClient, DEFAULT_DATASET, loaded);
    if (locale !== 'en' && hydration?.translation) queryClient.setQueryData(translationQueryKey(DEFAULT_DATASET, locale), hydration.translation);
    // After the render with the real URL that follows hydration, so replayed input meets the real
    // state. From then on #root is the app's, no longer prerendered markup.
    const onReady = () =>
      setTimeout(() => {
        held?.replay();
        delete root.dataset.prerendered;
        // The rest of the parts loaded on demand, asked for in this same task: a reader (or a
        // test) may go offline the moment #root is the app's, and waiting for an idle moment lost
        // that race (measured: their requests went out after going offline). In a microtask, so
        // the page's mutation observers see hydration end before these requests start (the
        // bench's "JS before interactive" counts what was requested until then).
        queueMicrotask(() => void prefetchParts(url));
      });
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for one long task (input meanwhile is held anyway, see heldInput.ts).
    startTransition(() => {
      hydrateRoot(root, <AppRoot queryClient={queryClient} baseUrl={appBaseUrl()} onReady={onReady} prerenderedSearch={prerenderedSearch(root)} edition={edition} />);
    });
    return;
  }
  held?.drop();
  root.replaceChildren();
  delete root.dataset.prerendered;
  // From scratch the data is still on its way: the parts wait for an idle moment, not to compete with it.
  const prefetchWhenIdle = () => whenIdle(() => void prefetchParts(url));
  createRoot(root).render(<AppRoot queryClient={queryClient} baseUrl={appBaseUrl()} onReady={prefetchWhenIdle} edition={edition} />);
}
