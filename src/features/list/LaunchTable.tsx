import { useRef, useState } from 'react';
import type { Condemnation, Launch } from '../../data/schema.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { dayAtOffset, formatCalendarDate, KST_OFFSET_MINUTES } from '../../domain/formatDate.ts';
import { useLaunchActions } from '../../ui/launchActions.ts';
import { useLaunchFocusHandle } from '../../ui/launchFocus.ts';
import { MarkerShape } from '../../ui/MarkerShape.tsx';

type LaunchTableProps = {
  launches: readonly Launch[];
  condemnations: readonly Condemnation[];
  selectedId: string | null;
};

const CLAIMS: Record<Launch['northKoreaClaimed'], string> = { success: 'Success', failure: 'Failure', none: 'No claim' };

/** The list view: the same launches as a real table, a complete alternative to the chart. */
export function LaunchTable({ launches, condemnations, selectedId }: LaunchTableProps) {
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
        <caption className="visually-hidden">Satellite launch attempts; choose a payload to open its details</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ascending ? 'ascending' : 'descending'}>
              <button type="button" className="sort-button" onClick={() => setAscending(!ascending)}>
                Date (KST) <span aria-hidden="true">{ascending ? '▲' : '▼'}</span>
                <span className="visually-hidden">, sorted {ascending ? 'oldest first' : 'newest first'}; activate to reverse</span>
              </button>
            </th>
            <th scope="col">Payload</th>
            <th scope="col">Vehicle</th>
            <th scope="col">Outcome</th>
            <th scope="col">North Korea claimed</th>
            <th scope="col">Responses</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((launch) => {
            const day = dayAtOffset(launch.launchedAt, KST_OFFSET_MINUTES);
            return (
              <tr key={launch.id} className={launch.id === selectedId ? 'is-selected' : undefined}>
                <td>
                  <time dateTime={launch.launchedAt.toISOString()}>{formatCalendarDate(day)}</time>
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
                    {launch.payload}
                  </button>
                </th>
                <td dir="auto">{launch.vehicle}</td>
                <td>
                  <span className="outcome-cell">
                    <MarkerShape kind={launch.outcome} iconSize={16} />
                    {OUTCOME_LABELS[launch.outcome]}
                  </span>
                </td>
                <td>{CLAIMS[launch.northKoreaClaimed]}</td>
                <td>{condemnations.filter((c) => c.launchIds.includes(launch.id)).length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
