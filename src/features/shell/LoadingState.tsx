/** Shown while the dataset loads; `role="status"` lets screen readers hear it once. */
export function LoadingState() {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading the launch data…
    </div>
  );
}
