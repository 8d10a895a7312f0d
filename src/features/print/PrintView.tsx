import type { Dataset, Launch } from '../../data/schema.ts';
import { PrintLaunch } from './PrintLaunch.tsx';
import { useParts } from '../../ui/parts.ts';

type PrintViewProps = { dataset: Dataset; launches: readonly Launch[]; viewUrl: string };

/** What a printer gets: the launches shown, in time order, with everything the panel would say. */
export function PrintView({ dataset, launches, viewUrl }: PrintViewProps) {
  const parts = useParts();
  return (
    <section className="print-view" aria-label={parts.share.print.region}>
      <p>{parts.share.print.printedFrom(viewUrl, dataset.version, dataset.updated, dataset.license || null)}</p>
      {launches.map((launch) => (
        <PrintLaunch key={launch.id} dataset={dataset} launch={launch} />
      ))}
    </section>
  );
}
