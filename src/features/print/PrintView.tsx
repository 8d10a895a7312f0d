import type { Dataset, Launch } from '../../data/schema.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { PrintLaunch } from './PrintLaunch.tsx';

type PrintViewProps = { dataset: Dataset; launches: readonly Launch[]; viewUrl: string };

/** What a printer gets: the launches shown, in time order, with everything the panel would say. */
export function PrintView({ dataset, launches, viewUrl }: PrintViewProps) {
  const { m } = useEdition();
  return (
    <section className="print-view" aria-label={m.share.print.region}>
      <p>{m.share.print.printedFrom(viewUrl, dataset.version, dataset.updated, dataset.license || null)}</p>
      {launches.map((launch) => (
        <PrintLaunch key={launch.id} dataset={dataset} launch={launch} />
      ))}
    </section>
  );
}
