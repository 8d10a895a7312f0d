// The tab's title follows the view, as the share pages' titles do: a bookmark or a history entry
// of a launch says which launch, and a share page the reader has moved on from stops naming its
// own launch. The share pages are English; another edition names the opened launch and the title.
import { useEffect } from 'react';
import type { Dataset, Launch } from '../data/schema.ts';
import { plainText } from '../domain/i18n/langSpans.ts';
import type { Words } from '../domain/i18n/words.ts';
import { launchDay } from '../domain/launchTimes.ts';
import { routeFor } from '../domain/routes.ts';
import { routeMeta } from '../domain/shareMeta.ts';
import type { UrlState } from '../domain/urlState.ts';

export function useDocumentTitle(dataset: Dataset, url: UrlState, launchIds: ReadonlySet<string>, words: Words, opened: Launch | null): void {
  // The theme is the reader's, not the view's; an embed has no share page (routeFor says so).
  const route = words.locale === 'en' ? routeFor({ ...url, theme: null, lang: null }, launchIds) : null;
  const own = plainText(dataset.title);
  const edition = opened === null ? own : `${plainText(opened.payload)}${words.m.core.listSeparator}${launchDay(opened, words)} · ${own}`;
  const title = words.locale === 'en' ? ((route && routeMeta(dataset, route)?.documentTitle) ?? dataset.title) : edition;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
