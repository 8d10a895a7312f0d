import { useEdition } from '../../ui/i18n.tsx';
import type { SkipCounts } from '../../data/parseDataset.ts';
import type { Problem } from '../../data/problems.ts';

type SkippedNoticeProps = { skipped: SkipCounts; problems: readonly Problem[] };

const KINDS = ['sources', 'launches', 'condemnations', 'contextEvents', 'corrections'] as const satisfies readonly (keyof SkipCounts)[];

/** Never a partial render without saying so: names what was left out and why. */
export function SkippedNotice({ skipped, problems }: SkippedNoticeProps) {
  const { m } = useEdition();
  const { shell } = m.core;
  const parts = KINDS.filter((key) => skipped[key].skipped > 0).map((key) => shell.skipped(skipped[key].skipped, skipped[key].total, shell.skippedKinds[key]));
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="note">
      <p>
        {parts.length > 0 ? shell.skippedBecause(parts.join(m.core.listSeparator)) : shell.fileHasProblems}
      </p>
      <details>
        <summary>{shell.detailsForEditor(problems.length)}</summary>
        {/* The data's own problem reports are for its editors, in English in every edition. */}
        <ul lang="en">
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
