// How the launches are arranged: in time order only, or in lanes (the rail: sections) by rocket,
// rocket family or launch site, as vis-timeline's groups. A native select: one control, named by
// its visible label, that every keyboard, screen reader and phone already knows.
import { useId } from 'react';
import { GROUP_BY, type GroupBy } from '../../domain/story.ts';

const GROUP_WORDS: Readonly<Record<GroupBy, string>> = {
  vehicle: 'By rocket',
  family: 'By rocket family',
  site: 'By launch site',
};

type GroupSelectProps = { groupBy: GroupBy | null; onChange: (groupBy: GroupBy | null) => void };

export function GroupSelect({ groupBy, onChange }: GroupSelectProps) {
  const id = useId();
  return (
    <span className="tl-group">
      <label htmlFor={id}>Arrange</label>
      <select
        id={id}
        className="tl-group__select"
        value={groupBy ?? ''}
        onChange={(event) => onChange(GROUP_BY.find((g) => g === event.target.value) ?? null)}
      >
        <option value="">In time order</option>
        {GROUP_BY.map((g) => (
          <option key={g} value={g}>
            {GROUP_WORDS[g]}
          </option>
        ))}
      </select>
    </span>
  );
}
