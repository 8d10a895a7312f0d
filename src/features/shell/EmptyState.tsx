type EmptyStateProps = { onReset: () => void };

/** A filter that matches nothing says so and offers the way back, never a blank chart. */
export function EmptyState({ onReset }: EmptyStateProps) {
  return (
    <div className="state state--empty">
      <h2 className="state__title">No launch matches this filter</h2>
      <p>Every outcome is switched off.</p>
      <button type="button" className="button" onClick={onReset}>
        Show all launches
      </button>
    </div>
  );
}
