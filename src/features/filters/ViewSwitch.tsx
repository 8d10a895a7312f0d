import type { ViewMode } from '../../domain/urlState.ts';
import { useEdition } from '../../ui/i18n.tsx';

type ViewSwitchProps = { view: ViewMode; onChange: (view: ViewMode) => void };

const MODES = ['timeline', 'list'] as const satisfies readonly ViewMode[];

export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  const { viewSwitch } = useEdition().m.core;
  return (
    <div className="view-switch" role="group" aria-label={viewSwitch.group}>
      {MODES.map((mode) => (
        <button key={mode} type="button" className="toggle" aria-pressed={view === mode} onClick={() => onChange(mode)}>
          {viewSwitch[mode]}
        </button>
      ))}
    </div>
  );
}
