import type { ReactNode } from 'react';

type PageLayoutProps = {
  /** The chart or the table. */
  main: ReactNode;
  /** The opened launch's panel, beside the main view on a wide screen and under it on a narrow one; null when none is open. */
  panel: ReactNode;
};

export function PageLayout({ main, panel }: PageLayoutProps) {
  return (
    <div className={panel ? 'layout layout--with-panel' : 'layout'}>
      <div className="layout__main">{main}</div>
      {panel}
    </div>
  );
}
