import type { Dataset, Launch } from '../../data/schema.ts';
import { PrintLaunch } from './PrintLaunch.tsx';

type PrintViewProps = { dataset: Dataset; launches: readonly Launch[]; viewUrl: string };

/** What a printer gets: the launches shown, in time order, with everything the panel would say. */
export function PrintView({ dataset, launches, viewUrl }: PrintViewProps) {
  return (
    <section className="print-view" aria-label="Printable list of launches">
      <p>
        Printed from {viewUrl} · data version {dataset.version}, updated {dataset.updated}
        {dataset.license ? ` · ${dataset.license}` : ''}
      </p>
      {launches.map((launch) => (
        <PrintLaunch key={launch.id} dataset={dataset} launch={launch} />
      ))}
    </section>
  );
}
