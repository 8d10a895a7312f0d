import type { ViewMode } from '../../domain/urlState.ts';

type ViewSwitchProps = { view: ViewMode; onChange: (view: ViewMode) => void };

const LABELS: Record<ViewMode, string> = { timeline: 'Timeline', list: 'List' };

export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {(Object.keys(LABELS) as ViewMode[]).map((mode) => (
        <button key={mode} type="button" className="toggle" aria-pressed={view === mode} onClick={() => onChange(mode)}>
          {LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
