import type { RefObject } from 'react';
import type { Launch } from '../../data/schema.ts';
import type { SourceNumbering } from '../../domain/footnotes.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import { launchTimes } from '../../domain/launchTimes.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import { FootnoteRef } from './FootnoteRef.tsx';

type PanelHeaderProps = {
  launch: Launch;
  numbering: SourceNumbering;
  /** Receives focus when the panel opens or changes launch. */
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/**
 * "13 April 2012, 07:39 KST · 12 April 2012, 22:39 UTC", always both, with Pyongyang Time when it
 * differed. Korean and Japanese put the clock in their own words ("오전 7시 39분(한국 시간)",
 * "7時39分（日本時間・韓国時間）": KST is Japan's time too).
 */
function LaunchWhen({ launch }: { launch: Launch }) {
  const { m, locale } = useEdition();
  const t = m.panel.time;
  const { kst, utc, pyongyang, approximate } = launchTimes(launch);
  const day = (d: string) => formatDay(d, locale);
  return (
    <>
      <time dateTime={kst.dateTime}>{t.kst(day(kst.day), kst.time, approximate)}</time>
      {pyongyang !== undefined && (
        <>
          {t.pyongyangOpen}
          <time dateTime={pyongyang.dateTime}>{t.pyongyang(pyongyang.time, pyongyang.day === kst.day ? null : day(pyongyang.day), approximate)}</time>
          {t.pyongyangClose}
        </>
      )}
      {t.separator}
      <time dateTime={utc.dateTime}>{t.utc(day(utc.day), utc.time, approximate)}</time>
    </>
  );
}

export function PanelHeader({ launch, numbering, headingRef }: PanelHeaderProps) {
  const { m } = useEdition();
  return (
    <header className="launch-panel__header">
      {/* The comma is for screen readers; sighted readers see the vehicle on its own line. */}
      <h2 ref={headingRef} tabIndex={-1} className="launch-panel__title">
        <span dir="auto">
          <LocalText text={launch.payload} />
        </span>
        <span className="visually-hidden">,</span>{' '}
        <span className="launch-panel__vehicle" dir="auto">
          <LocalText text={launch.vehicle} />
        </span>
      </h2>
      <p className="launch-panel__when">
        <LaunchWhen launch={launch} />
        <FootnoteRef ids={launch.citations.launchedAt} numbering={numbering} />
      </p>
      {launch.timeSource !== undefined && (
        <p className="launch-panel__time-source">
          {m.panel.time.givenBy}
          <span dir="auto">
            <LocalText text={launch.timeSource} />
          </span>
        </p>
      )}
    </header>
  );
}
