// The tab's title follows the view, as the share pages' titles do: a bookmark or a history entry
// of a launch says which launch, and a share page the reader has moved on from stops naming its
// own launch.
import { useEffect } from 'react';
import type { Dataset } from '../data/schema.ts';
import { routeFor } from '../domain/routes.ts';
import { routeMeta } from '../domain/shareMeta.ts';
import type { UrlState } from '../domain/urlState.ts';

export function useDocumentTitle(dataset: Dataset, url: UrlState, launchIds: ReadonlySet<string>): void {
  // The theme is the reader's, not the view's; an embed has no share page (routeFor says so).
  const route = routeFor({ ...url, theme: null }, launchIds);
  const title = (route && routeMeta(dataset, route)?.documentTitle) ?? dataset.title;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
