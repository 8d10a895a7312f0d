import { useRef, useState } from 'react';
import type { Condemnation, Launch } from '../../data/schema.ts';
import { formatNumber } from '../../domain/i18n/plural.ts';
import { launchDay } from '../../domain/launchTimes.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { useLaunchActions } from '../../ui/launchActions.ts';
import { useLaunchFocusHandle } from '../../ui/launchFocus.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';

type LaunchTableProps = {
  launches: readonly Launch[];
  condemnations: readonly Condemnation[];
  selectedId: string | null;
};

/** The list view: the same launches as a real table, a complete alternative to the chart. */
export function LaunchTable({ launches, condemnations, selectedId }: LaunchTableProps) {
  const edition = useEdition();
  const { m, locale } = edition;
  const t = m.panel.table;
  const [ascending, setAscending] = useState(true);
  const { select } = useLaunchActions();
  // Each row's payload button, so focus can come back to it when its launch's panel closes.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  useLaunchFocusHandle((id) => {
    const button = buttons.current.get(id);
    button?.focus();
    return button !== undefined;
  });
  const rows = ascending ? launches : [...launches].reverse();
  return (
    <div className="table-wrap">
      <table className="launch-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ascending ? 'ascending' : 'descending'}>
              <button type="button" className="sort-button" onClick={() => setAscending(!ascending)}>
                {t.date} <span aria-hidden="true">{ascending ? '▲' : '▼'}</span>
                <span className="visually-hidden">{t.sorted(ascending)}</span>
              </button>
            </th>
            <th scope="col">{t.payload}</th>
            <th scope="col">{t.vehicle}</th>
            <th scope="col">{t.outcome}</th>
            <th scope="col">{t.claimed}</th>
            <th scope="col">{t.responses}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((launch) => {
            const responses = condemnations.filter((c) => c.launchIds.includes(launch.id)).length;
            return (
              <tr key={launch.id} className={launch.id === selectedId ? 'is-selected' : undefined}>
                <td>
                  <time dateTime={launch.launchedAt.toISOString()}>{launchDay(launch, edition)}</time>
                </td>
                <th scope="row">
                  <button
                    ref={(button) => {
                      if (button) buttons.current.set(launch.id, button);
                      return () => {
                        buttons.current.delete(launch.id);
                      };
                    }}
                    type="button"
                    className="link-button"
                    data-launch-id={launch.id}
                    onClick={() => select(launch.id)}
                    dir="auto"
                  >
                    <LocalText text={launch.payload} />
                  </button>
                </th>
                <td dir="auto">
                  <LocalText text={launch.vehicle} />
                </td>
                <td>
                  <span className="outcome-cell">
                    <MarkerShape kind={launch.outcome} iconSize={16} />
                    {m.core.outcome.label[launch.outcome]}
                  </span>
                </td>
                <td>{m.core.claimShort[launch.northKoreaClaimed]}</td>
                <td>{formatNumber(responses, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
