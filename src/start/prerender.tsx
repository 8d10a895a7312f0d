// The prerender step's entry (run by the build through Vite's SSR loader, see
// build/prerenderPlugin.ts): the default view of the default dataset, as the browser's first
// render will draw it, so the page can show the timeline before any JavaScript has run.
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { JSDOM } from 'jsdom';
import { AppRoot } from '../app/AppRoot.tsx';
import { seedDataset } from '../data/datasetQuery.ts';
import { DEFAULT_DATASET } from '../data/datasetName.ts';
import { parseDatasetText } from '../data/fetchDataset.ts';
import { datasetFingerprint } from '../domain/prerender.ts';

export type Prerendered = {
  /** The markup that goes inside #root. */
  html: string;
  /** datasetFingerprint of the data it was made from. */
  fingerprint: string;
};

/**
 * Renders the app for the bare URL with `datasetText` (the JSON of the default dataset), read
 * through the app's own loader. Throws the loader's DatasetError if the file is not valid.
 */
export function prerenderApp(datasetText: string): Prerendered {
  const loaded = parseDatasetText(datasetText);
  const queryClient = new QueryClient();
  seedDataset(queryClient, DEFAULT_DATASET, loaded);
  // d3-axis draws into a detached element of `document` (TimeAxis): Node has none, so jsdom's,
  // for this render only. Nothing else may rely on it: `window` stays undefined, as on any server.
  const provided = typeof document === 'undefined';
  if (provided) Object.assign(globalThis, { document: new JSDOM('').window.document });
  try {
    return { html: renderToString(<AppRoot queryClient={queryClient} baseUrl={import.meta.env.BASE_URL} />), fingerprint: datasetFingerprint(loaded) };
  } finally {
    if (provided) Reflect.deleteProperty(globalThis, 'document');
  }
}

/** The dataset the prerendered page shows: the one the bare URL loads. */
export const PRERENDERED_DATASET = DEFAULT_DATASET;
