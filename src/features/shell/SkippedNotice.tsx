import type { SkipCounts } from '../../data/parseDataset.ts';
import type { Problem } from '../../data/problems.ts';

type SkippedNoticeProps = { skipped: SkipCounts; problems: readonly Problem[] };

const LABELS: Record<keyof SkipCounts, string> = {
  sources: 'sources',
  launches: 'launches',
  condemnations: 'responses',
  contextEvents: 'context events',
  corrections: 'corrections',
};

/** Never a partial render without saying so: names what was left out and why. */
export function SkippedNotice({ skipped, problems }: SkippedNoticeProps) {
  const parts = (Object.keys(LABELS) as (keyof SkipCounts)[])
    .filter((key) => skipped[key].skipped > 0)
    .map((key) => `${skipped[key].skipped} of ${skipped[key].total} ${LABELS[key]} skipped`);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="note">
      <p>
        {parts.length > 0 ? `${parts.join(', ')} because of errors in the data file.` : 'The data file has problems; what is valid is shown.'}
      </p>
      <details>
        <summary>Details for the data editor ({problems.length})</summary>
        <ul>
          {problems.slice(0, 50).map((p, i) => (
            <li key={i} dir="auto">
              <code>{p.path || '(file)'}</code>: {p.message}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
