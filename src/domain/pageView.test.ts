import { describe, expect, it } from 'vitest';
import type { Outcome } from '../data/schema.ts';
import { citedView, launchFromAbout, openedLaunch, outcomeToggled, pageNotices } from './pageView.ts';

const launch = (id: string, outcome: Outcome) => ({ id, outcome });
const a = launch('1998-08-31-sat-a', 'failure');
const b = launch('2012-12-12-sat-b', 'success');
const c = launch('2023-05-31-sat-c', 'failure');
const all = [a, b, c];
const present: Outcome[] = ['success', 'failure'];

describe('openedLaunch', () => {
  it('gives the launch the URL opens with its shown neighbours', () => {
    expect(openedLaunch(all, b.id)).toEqual({ launch: b, previous: a, next: c });
    expect(openedLaunch(all, a.id)).toEqual({ launch: a, previous: null, next: b });
    expect(openedLaunch([a, c], c.id)).toEqual({ launch: c, previous: a, next: null });
  });

  it('gives nothing when no launch is open, or the open one is not shown', () => {
    expect(openedLaunch(all, null)).toBeNull();
    expect(openedLaunch([a, c], b.id)).toBeNull();
  });
});

describe('pageNotices', () => {
  const fromLink = ['Unknown outcome filter "x" ignored.'];

  it("keeps the link's own notes, and adds none for a launch that opens or when none is asked for", () => {
    expect(pageNotices(fromLink, all, b.id, true)).toEqual(fromLink);
    expect(pageNotices([], all, null, false)).toEqual([]);
  });

  it('says the launch in the link is hidden by the outcome filter', () => {
    expect(pageNotices(fromLink, all, b.id, false)).toEqual([...fromLink, 'The launch in the link is hidden by the outcome filter; showing the timeline.']);
  });

  it('says there is no such launch in the dataset', () => {
    expect(pageNotices([], all, '2099-01-01-nothing', false)).toEqual(['There is no launch "2099-01-01-nothing" in this dataset; showing the timeline.']);
  });
});

describe('citedView', () => {
  const opened = { payload: 'Kwangmyongsong-4', launchedAt: new Date('2016-02-07T00:30:00Z') };

  it('names the page about the data before any launch behind it', () => {
    expect(citedView('methodology', opened)).toBe('How we know');
    expect(citedView('sources', opened)).toBe('Sources');
  });

  it("names the opened launch by payload and its day in Korea, or nothing on the timeline", () => {
    expect(citedView(null, opened)).toBe('Kwangmyongsong-4, 7 February 2016');
    expect(citedView(null, { payload: 'Late', launchedAt: new Date('2016-02-06T15:30:00Z') })).toBe('Late, 7 February 2016');
    expect(citedView(null, null)).toBeNull();
  });
});

describe('outcomeToggled', () => {
  it('keeps the open launch when the new filter still shows it', () => {
    expect(outcomeToggled(all, { outcomes: null, launch: b.id }, 'failure', present)).toEqual({ outcomes: ['success'], launch: b.id });
  });

  it('closes the open launch the new filter hides', () => {
    expect(outcomeToggled(all, { outcomes: null, launch: a.id }, 'failure', present)).toEqual({ outcomes: ['success'], launch: null });
  });

  it('goes back to "all" when every present outcome is on again', () => {
    expect(outcomeToggled(all, { outcomes: ['success'], launch: null }, 'failure', present)).toEqual({ outcomes: null, launch: null });
  });
});

describe('launchFromAbout', () => {
  it('closes the page and opens the launch, keeping a filter that shows it', () => {
    expect(launchFromAbout(all, ['failure'], a.id)).toEqual({ about: null, launch: a.id, outcomes: ['failure'] });
  });

  it('shows every outcome when the filter would hide the launch', () => {
    expect(launchFromAbout(all, ['failure'], b.id)).toEqual({ about: null, launch: b.id, outcomes: null });
  });
});
