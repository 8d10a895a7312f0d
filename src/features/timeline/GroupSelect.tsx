// How the launches are arranged: in time order only, or in lanes (the rail: sections) by rocket,
// rocket family or launch site, as vis-timeline's groups. A native select: one control, named by
// its visible label, that every keyboard, screen reader and phone already knows.
import { useId } from 'react';
import { GROUP_BY, type GroupBy } from '../../domain/story.ts';
import { useEdition } from '../../ui/i18n.tsx';

type GroupSelectProps = { groupBy: GroupBy | null; onChange: (groupBy: GroupBy | null) => void };

export function GroupSelect({ groupBy, onChange }: GroupSelectProps) {
  const id = useId();
  const { arrange } = useEdition().m.core;
  return (
    <span className="tl-group">
      <label htmlFor={id}>{arrange.label}</label>
      <select
        id={id}
        className="tl-group__select"
        value={groupBy ?? ''}
        onChange={(event) => onChange(GROUP_BY.find((g) => g === event.target.value) ?? null)}
      >
        <option value="">{arrange.none}</option>
        {GROUP_BY.map((g) => (
          <option key={g} value={g}>
            {arrange[g]}
          </option>
        ))}
      </select>
    </span>
  );
}
