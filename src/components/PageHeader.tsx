import { formatCalendarDate } from '../domain/formatDate.ts';

type PageHeaderProps = {
  title: string;
  summary: string;
  /** YYYY-MM-DD the data last changed. */
  updated: string;
  version: string;
};

export function PageHeader({ title, summary, updated, version }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 className="page-header__title" dir="auto">{title}</h1>
      <p className="page-header__summary">{summary}</p>
      <p className="page-header__meta">
        Data updated <time dateTime={updated}>{formatCalendarDate(updated)}</time> · version {version}
      </p>
    </header>
  );
}
