import { useEdition } from '../../ui/i18n.tsx';

type ErrorStateProps = {
  /** What went wrong, in words the reader can act on. */
  message: string;
  /** Problems a data editor can fix, each named by record and field. */
  details?: readonly { path: string; message: string }[];
  /** Present when trying again may help. */
  onRetry?: () => void;
};

const MAX_DETAILS = 20;

export function ErrorState({ message, details = [], onRetry }: ErrorStateProps) {
  const { shell } = useEdition().m.core;
  // The message and the problems come from the data layer, in English in every edition.
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{shell.errorTitle}</h2>
      <p dir="auto" lang="en">
        {message}
      </p>
      {details.length > 1 && (
        <details>
          <summary>{shell.problems(details.length)}</summary>
          <ul lang="en">
            {details.slice(0, MAX_DETAILS).map((d, i) => (
              <li key={i} dir="auto">
                <code>{d.path || '(file)'}</code>: {d.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {shell.retry}
        </button>
      )}
    </div>
  );
}
