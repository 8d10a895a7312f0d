import type { RefObject } from 'react';
import type { Launch } from '../../data/schema.ts';
import type { SourceNumbering } from '../../domain/footnotes.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import { launchTimes, type ZonedTime } from '../../domain/launchTimes.ts';
import { FootnoteRef } from './FootnoteRef.tsx';

type PanelHeaderProps = {
  launch: Launch;
  numbering: SourceNumbering;
  /** Receives focus when the panel opens or changes launch. */
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** "13 April 2012, 07:39 KST · 12 April 2012, 22:39 UTC", always both, with Pyongyang Time when it differed. */
function LaunchWhen({ launch }: { launch: Launch }) {
  const { kst, utc, pyongyang, approximate } = launchTimes(launch);
  const about = approximate ? 'about ' : '';
  const clock = (zoned: ZonedTime, zone: string) => (
    <time dateTime={zoned.dateTime}>
      {`${formatCalendarDate(zoned.day)}, ${about}${zoned.time} ${zone}`}
    </time>
  );
  return (
    <>
      {clock(kst, 'KST')}
      {pyongyang !== undefined && (
        <>
          {' ('}
          <time dateTime={pyongyang.dateTime}>
            {`${about}${pyongyang.time} Pyongyang Time${pyongyang.day === kst.day ? '' : `, ${formatCalendarDate(pyongyang.day)}`}`}
          </time>
          {')'}
        </>
      )}
      {' · '}
      {clock(utc, 'UTC')}
    </>
  );
}

export function PanelHeader({ launch, numbering, headingRef }: PanelHeaderProps) {
  return (
    <header className="launch-panel__header">
      {/* The comma is for screen readers; sighted readers see the vehicle on its own line. */}
      <h2 ref={headingRef} tabIndex={-1} className="launch-panel__title">
        <span dir="auto">{launch.payload}</span>
        <span className="visually-hidden">,</span>{' '}
        <span className="launch-panel__vehicle" dir="auto">
          {launch.vehicle}
        </span>
      </h2>
      <p className="launch-panel__when">
        <LaunchWhen launch={launch} />
        <FootnoteRef ids={launch.citations.launchedAt} numbering={numbering} />
      </p>
      {launch.timeSource !== undefined && (
        <p className="launch-panel__time-source">
          Time given by <span dir="auto">{launch.timeSource}</span>
        </p>
      )}
    </header>
  );
}
