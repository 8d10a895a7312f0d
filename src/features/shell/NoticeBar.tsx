import { useEdition } from '../../ui/i18n.tsx';

type NoticeBarProps = {
  messages: readonly string[];
  onDismiss: () => void;
};

/** Brief, dismissible notes about the link the reader followed ("no launch with that id"). */
export function NoticeBar({ messages, onDismiss }: NoticeBarProps) {
  const { shell } = useEdition().m.core;
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-bar" role="status">
      <ul className="notice-bar__list">
        {messages.map((message) => (
          <li key={message} dir="auto">
            {message}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {shell.dismiss}
      </button>
    </div>
  );
}
