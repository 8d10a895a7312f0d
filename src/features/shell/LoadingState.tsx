import { useEdition } from '../../ui/i18n.tsx';

type LoadingStateProps = {
  /** What is loading; the dataset by default. */
  message?: string;
};

/** Shown while the dataset (or a page's code) loads; `role="status"` lets screen readers hear it once. */
export function LoadingState({ message }: LoadingStateProps) {
  const { shell } = useEdition().m.core;
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {message ?? shell.loading}
    </div>
  );
}
