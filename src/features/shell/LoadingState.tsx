type LoadingStateProps = {
  /** What is loading; the dataset by default. */
  message?: string;
};

/** Shown while the dataset (or a page's code) loads; `role="status"` lets screen readers hear it once. */
export function LoadingState({ message = 'Loading the launch data…' }: LoadingStateProps) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {message}
    </div>
  );
}
