import type { ReactNode } from 'react';

type PageLayoutProps = {
  /** The chart or the table. */
  main: ReactNode;
  /** The opened launch's panel, beside the main view on a wide screen and under it on a narrow one; null when none is open. */
  panel: ReactNode;
  /**
   * The panel opens as a sheet over the view instead (an embed): the frame keeps its height, so
   * the article around it is not pushed down, and the view under the sheet is inert meanwhile.
   */
  sheet?: boolean;
};

export function PageLayout({ main, panel, sheet = false }: PageLayoutProps) {
  const covered = sheet && Boolean(panel);
  const className = ['layout', panel ? 'layout--with-panel' : '', covered ? 'layout--sheet' : ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <div className="layout__main" inert={covered}>
        {main}
      </div>
      {panel}
    </div>
  );
}
