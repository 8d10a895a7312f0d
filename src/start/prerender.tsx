// The prerender step's entry (run by the build through Vite's SSR loader, see
// build/prerenderPlugin.ts): the default view of the default dataset, on the full page and in the
// embed, as the browser's first render will draw it, so either can show the timeline before any
// JavaScript has run.
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { JSDOM } from 'jsdom';
import { AppRoot } from '../app/AppRoot.tsx';
import { seedDataset } from '../data/datasetQuery.ts';
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import { parseDatasetText } from '../data/fetchDataset.ts';
import { datasetFingerprint, PAGE_SEARCH, type PrerenderedPage } from '../domain/prerender.ts';
import { routePath, routeQuery, type Route } from '../domain/routes.ts';
import { cardFor, shareCardSvg } from '../domain/shareCard.ts';
import { homeMeta, routeMeta, type ShareMeta } from '../domain/shareMeta.ts';
import { outcomesPresent } from '../domain/outcomes.ts';
import { AxisDocumentContext } from '../features/timeline/axisDocument.ts';
import { parseTranslation, translateDataset, type ParsedTranslation, type TranslationLang } from '../data/translation.ts';
import { loadedTranslation } from '../data/fetchTranslation.ts';
import { translationQueryKey } from '../data/translationQuery.ts';
import type { Locale } from '../domain/i18n/locale.ts';
import { ja } from '../domain/i18n/messages/ja.ts';
import { ko } from '../domain/i18n/messages/ko.ts';
import { ENGLISH, type Words } from '../domain/i18n/words.ts';

export type Prerendered = {
  /** The markup that goes inside #root. */
  html: string;
  /** datasetFingerprint of the data it was made from. */
  fingerprint: string;
  /** In an edition other than English: datasetFingerprint of the translation it was made from. */
  translation?: string;
};

/** A Korean or Japanese edition to render: its language and the text of its translation file. */
export type EditionInput = { locale: TranslationLang; translationText: string };

const CATALOGS = { ko, ja } as const;

/** The edition's words and its checked translation; English (no translation) without one. */
function editionOf(edition: EditionInput | undefined): { words: Words; translation: ParsedTranslation | null } {
  if (edition === undefined) return { words: ENGLISH, translation: null };
  const translation = parseTranslation(JSON.parse(edition.translationText), edition.locale, DEFAULT_DATASET);
  if (translation.translation === null) throw new Error(`data/${DEFAULT_DATASET}.${edition.locale}.json is not a translation: ${JSON.stringify(translation.problems.slice(0, 3))}`);
  return { words: { locale: edition.locale, m: CATALOGS[edition.locale] }, translation };
}

/**
 * Renders the app for `page`'s bare URL (the full page's, or the embed's `?embed=1`) with
 * `datasetText` (the JSON of the default dataset), read through the app's own loader. Throws the
 * loader's DatasetError if the file is not valid.
 */
export function prerenderApp(datasetText: string, page: PrerenderedPage = 'page', search: string = PAGE_SEARCH[page], edition?: EditionInput): Prerendered {
  const loaded = parseDatasetText(datasetText);
  const queryClient = new QueryClient();
  seedDataset(queryClient, DEFAULT_DATASET, loaded);
  const { words, translation } = editionOf(edition);
  if (edition && translation) queryClient.setQueryData(translationQueryKey(DEFAULT_DATASET, edition.locale), loadedTranslation(translation));
  // d3-axis draws into a detached element of a document (TimeAxis), and Node has none: jsdom's,
  // handed to the axis alone. Nothing is installed globally: `document` and `window` stay
  // undefined, as on any server, so code that reaches for them during the render fails the build.
  const axisDocument = new JSDOM('').window.document;
  const html = renderToString(
    <AxisDocumentContext.Provider value={axisDocument}>
      <AppRoot queryClient={queryClient} baseUrl={import.meta.env.BASE_URL} prerenderedSearch={search} edition={words} />
    </AxisDocumentContext.Provider>,
  );
  return { html, fingerprint: datasetFingerprint(loaded), translation: translation?.translation ? datasetFingerprint(translation.translation) : undefined };
}

/** The dataset the prerendered page shows: the one the bare URL loads. */
export const PRERENDERED_DATASET = DEFAULT_DATASET;

export type SharePage = {
  /** The page's folder below the root ('' for the root's index.html; ko/… and ja/… for the editions). */
  path: string;
  /** The page's folder within its edition ('' for an edition's home): the same view in every edition. */
  route: string;
  edition: Locale;
  /** The query its view stands for ('' for the root). */
  view: string;
  meta: ShareMeta;
  /** The 1200 × 630 card, as SVG. */
  cardSvg: string;
};

/**
 * The pages a link can be shared as: the root, and a page per launch and per outcome of the
 * default dataset (domain/routes.ts), each with its words and its card.
 */
export function sharePages(datasetText: string, edition?: EditionInput): SharePage[] {
  const english = parseDatasetText(datasetText).dataset;
  const { words, translation } = editionOf(edition);
  const dataset = translation ? translateDataset(english, translation.translation) : english;
  const prefix = edition ? `${edition.locale}/` : '';
  const routes: Route[] = [
    ...dataset.launches.map((launch): Route => ({ kind: 'launch', id: launch.id })),
    ...outcomesPresent(dataset.launches).map((outcome): Route => ({ kind: 'outcome', outcome })),
  ];
  const pages: SharePage[] = [];
  const home = cardFor(dataset, null, words);
  if (home) pages.push({ path: prefix, route: '', edition: words.locale, view: '', meta: homeMeta(dataset, words), cardSvg: shareCardSvg(home) });
  for (const route of routes) {
    // Launch ids are slugs (the loader refuses any other), so each is a safe folder name.
    const path = routePath(route);
    const meta = routeMeta(dataset, route, words);
    const card = cardFor(dataset, route, words);
    if (meta && card) pages.push({ path: `${prefix}${path}`, route: path, edition: words.locale, view: `?${routeQuery(route).toString()}`, meta, cardSvg: shareCardSvg(card) });
  }
  return pages;
}
