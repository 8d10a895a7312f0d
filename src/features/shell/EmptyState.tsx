import { useEdition } from '../../ui/i18n.tsx';

type EmptyStateProps = { onReset: () => void };

/** A filter that matches nothing says so and offers the way back, never a blank chart. */
export function EmptyState({ onReset }: EmptyStateProps) {
  const { shell } = useEdition().m.core;
  return (
    <div className="state state--empty">
      <h2 className="state__title">{shell.emptyTitle}</h2>
      <p>{shell.emptyText}</p>
      <button type="button" className="button" onClick={onReset}>
        {shell.showAll}
      </button>
    </div>
  );
}
