// Downloads hold exactly the launches shown, with their sources' URLs (and, in JSON,
// the responses and sources they cite), so a reader's file matches their screen.
// Provenance: the JSON carries version, updated date, licence and a ready-made citation.
// CSV has no place for comments, and extra rows or columns would break the table for
// spreadsheet users, so the CSV keeps its columns and its file name carries the version
// (downloadFileName); the citation is also offered on the page ("Cite this").
import type { Dataset, Launch, Outcome } from '../data/schema.ts';
import { apaCitation } from './citation.ts';
import { toCsv } from './csv.ts';
import { dayAtOffset, KST_OFFSET_MINUTES } from './formatDate.ts';

function citedSourceIds(launch: Launch): string[] {
  const ids = [...Object.values(launch.citations).flat(), ...launch.facts.flatMap((f) => f.sourceIds), ...(launch.orbit?.sourceIds ?? [])];
  return [...new Set(ids)];
}

function relatedCondemnations(dataset: Dataset, launches: readonly Launch[]) {
  const ids = new Set(launches.map((l) => l.id));
  return dataset.condemnations.filter((c) => c.launchIds.some((id) => ids.has(id)));
}

export const CSV_HEADER = [
  'id',
  'launched_at_utc',
  'date_kst',
  'vehicle',
  'vehicle_aliases',
  'payload',
  'site',
  'outcome',
  'outcome_summary',
  'north_korea_claimed',
  'cospar_id',
  'responses',
  'source_urls',
] as const;

export function launchesCsv(dataset: Dataset, launches: readonly Launch[]): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const responses = relatedCondemnations(dataset, launches);
  const rows = launches.map((l) => [
    l.id,
    l.launchedAt.toISOString().replace('.000Z', 'Z'),
    dayAtOffset(l.launchedAt, KST_OFFSET_MINUTES),
    l.vehicle,
    l.vehicleAliases.join('; '),
    l.payload,
    l.site.name,
    l.outcome,
    l.outcomeSummary,
    l.northKoreaClaimed,
    l.orbit?.cospar ?? '',
    responses.filter((c) => c.launchIds.includes(l.id)).length,
    citedSourceIds(l)
      .map((id) => sources.get(id)?.url ?? '')
      .filter(Boolean)
      .join(' '),
  ]);
  return toCsv(CSV_HEADER, rows);
}

/** `accessed` (YYYY-MM-DD, the reader's today) dates the citation; without it the citation has no retrieval date. */
export function launchesJson(dataset: Dataset, launches: readonly Launch[], viewUrl: string, accessed?: string): string {
  const responses = relatedCondemnations(dataset, launches);
  const cited = new Set([...launches.flatMap(citedSourceIds), ...responses.flatMap((c) => c.sourceIds)]);
  const body = {
    title: dataset.title,
    version: dataset.version,
    updated: dataset.updated,
    license: dataset.license ?? null,
    citation: apaCitation({ title: dataset.title, version: dataset.version, updated: dataset.updated, url: viewUrl, accessed }),
    view: viewUrl,
    launches: launches.map((l) => ({ ...l, launchedAt: l.launchedAt.toISOString().replace('.000Z', 'Z') })),
    condemnations: responses,
    sources: dataset.sources.filter((s) => cited.has(s.id)).map(({ rawUrl: _raw, ...s }) => s),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** "nk-satellite-launches-failure-v1.0.0.csv": says what it holds and which version. */
export function downloadFileName(datasetId: string, version: string, outcomes: readonly Outcome[] | null, extension: 'csv' | 'json'): string {
  const filter = outcomes === null ? 'all' : outcomes.length === 0 ? 'none' : outcomes.join('-');
  return `nk-satellite-${datasetId}-${filter}-v${version}.${extension}`;
}
