// English strings of the reading path: outcomes, the chart, filters, the page's shell and the
// notes about a link. The wording is the product's (tests assert it); other catalogs translate it.
import { capitalise, countWord } from '../../englishNumbers.ts';
import type { Outcome } from '../../../../data/schema.ts';
import { formatNumber, plural } from '../../plural.ts';

const formatCount = (n: number) => formatNumber(n, 'en');

/** Several launches of one outcome, as a filter summary lists them. */
const OUTCOME_PLURALS = { success: 'reached orbit', failure: 'failures', partial: 'partial successes' };
/** One launch of an outcome counted in a phrase ("1 failure"). */
const OUTCOME_SINGULARS = { success: 'reached orbit', failure: 'failure', partial: 'partial success' };

export const core = {
  outcome: {
    /** On its own or at the start of a line: the legend, the filter, the table, the panel. */
    label: { success: 'Reached orbit', failure: 'Failed', partial: 'Partial success' },
    /** Inside a sentence ("…, 12 December 2012, reached orbit"; "2 failed"). */
    word: { success: 'reached orbit', failure: 'failed', partial: 'partial success' },
    plural: OUTCOME_PLURALS,
  },
  /** North Korea's claim as the panel states it. */
  claim: { success: 'Success', failure: 'Failure', none: 'No claim made' },
  /** The same in a table cell. */
  claimShort: { success: 'Success', failure: 'Failure', none: 'No claim' },
  /** Where the claim differs from the assessed outcome (marker names, tooltips). */
  claimedOther: { success: 'North Korea claimed success', failure: 'North Korea claimed failure' },
  factStatus: { disputed: 'Disputed', 'nk-claim': "North Korea's claim" },
  responseKind: {
    resolution: 'Resolution',
    'presidential-statement': 'Presidential statement',
    'press-statement': 'Press statement',
    'press-elements': 'Press elements',
    statement: 'Statement',
    sanctions: 'Sanctions',
    measure: 'Measure',
    'meeting-without-outcome': 'Meeting without outcome',
    'non-condemnation': 'Declined to condemn',
  },
  onOrBefore: 'On or before',
  onOrBeforeInSentence: (day: string) => `on or before ${day}`,
  contextKind: {
    'nuclear-test': 'Nuclear test',
    'missile-test': 'Missile test',
    political: 'Political event',
    diplomatic: 'Diplomatic event',
    'space-programme': 'Space programme',
  },
  /** "6 May 2016 to 9 May 2016". */
  dateSpan: (from: string, to: string) => `${from} to ${to}`,
  /** A list inside a sentence: "a, b, c". */
  listSeparator: ', ',
  launchAttempts: (n: number) => plural(n, 'en', { one: '# launch attempt', other: '# launch attempts' }),
  /** "in 2012" / "from 1998 to 2023", after a count of attempts. */
  yearSpan: (from: string, to: string) => (from === to ? `in ${from}` : `from ${from} to ${to}`),
  /** The chart's one-line description. */
  timelineSummary: (attempts: string, years: string, reached: number) => `${attempts} ${years}; ${reached} reached orbit`,
  noLaunchesShown: 'No launch attempts shown',
  /** "Eight attempts from 1998 to 2023; three reached orbit.": before the editor's standfirst. */
  standfirstCounts: (attempts: number, reached: number, from: string, to: string) =>
    `${capitalise(countWord(attempts))} ${attempts === 1 ? 'attempt' : 'attempts'} ${from === to ? `in ${from}` : `from ${from} to ${to}`}; ${reached === 0 ? 'none' : countWord(reached)} reached orbit.`,
  /** After a rocket's family in its lane: "Unha family". */
  familySuffix: ' family',
  /** A family's band: "Unha rockets (Unha-2, Unha-3)", or "Chollima rocket" for one. */
  familyBand: { rockets: [' rockets (', ')'] as [string, string], rocket: ' rocket' },
  corrected: 'Corrected',
  periodUnit: { day: 'day', month: 'month', quarter: 'quarter', year: 'year', 'five-years': 'five years' },
  /** "212 failed" in a box's breakdown. */
  outcomeCount: (n: string, outcome: string) => `${n} ${outcome}`,
  clusterLabel: (attempts: string, period: string, breakdown: string) => `${attempts}, ${period}: ${breakdown}. Open to see each launch`,
  selectToZoom: 'Select to zoom in',
  filter: {
    group: 'Filter by outcome',
    /** "Showing 5 of 8 launch attempts: failures". */
    summary: (shown: number, total: number, names: string) => `Showing ${shown} of ${plural(total, 'en', { one: '# launch attempt', other: '# launch attempts' })}: ${names}`,
    noOutcome: 'no outcome selected',
  },
  viewSwitch: { group: 'View', timeline: 'Timeline', list: 'List' },
  arrange: { label: 'Arrange', none: 'In time order', vehicle: 'By rocket', family: 'By rocket family', site: 'By launch site' },
  legend: { name: 'Legend', claimRing: 'Dashed ring: North Korea claimed a different outcome', context: 'Context event' },
  chart: {
    region: 'Launch timeline',
    title: 'Timeline of satellite launch attempts',
    showContext: 'Show context events',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Reset zoom',
    showing: (range: string) => `Showing ${range}`,
    /** After the summary in the chart's description. */
    keys: ' Arrow keys move between launches, Enter or Space opens one, plus and minus zoom.',
    lanes: (lanes: string) => ` In lanes, from the top: ${lanes}.`,
    laneSeparator: '; ',
    dense: (unit: string) => `Too many launches to draw one by one at this zoom: each box counts the launches of one ${unit}, its height shows how many. Select a box to zoom in.`,
    contextEvents: 'Context events',
    rail: 'Launches in time order',
    listView: 'The list',
    chartView: 'The chart',
  },
  shell: {
    fallbackTitle: "North Korea's satellite launch attempts",
    loading: 'Loading the launch data…',
    dataUpdated: 'Data updated',
    version: 'version',
    howWeKnow: 'How we know',
    sources: 'Sources',
    aboutTheData: 'About the data',
    /** "Data version 1.2.0, updated" before the date. */
    footerData: (version: string) => `Data version ${version}, updated`,
    licence: 'Licence:',
    licenceNotStated: 'not stated',
    corrections: (n: number) => (n === 0 ? 'No corrections yet' : plural(n, 'en', { one: '# correction logged', other: '# corrections logged' })),
    editions: 'Other languages',
    openFull: 'Open full timeline',
    newTab: '(opens in a new tab)',
    descriptiveTitle: ' (descriptive title)',
    linkWithheld: '(link withheld: not a web address)',
    /** index.html's own words before any script (the build writes them into the editions' pages). */
    noscript: 'Without JavaScript this is a still picture of the timeline: filters, zoom and the details of each launch need JavaScript.',
    bootCouldNotStart: 'The interactive timeline could not start here.',
    bootOpen: 'Open the timeline in a new tab',
    bootBlocked: 'If it is embedded in another site and the link does nothing, that site blocks new windows from the embed: copy the link’s address (right-click or long-press it) into a new tab.',
    /** A part of the page that failed; `label` names it in English ("The chart"). */
    partFailed: (label: string, notLoaded: boolean) => `${label} could not be ${notLoaded ? 'loaded' : 'shown'}`,
    partNotLoadedText:
      'Its code is downloaded when it is first needed, and that download failed: the connection may be down. Check it and retry; if it keeps failing, reload the page. The rest of the page still works.',
    partNotShownText: 'Something went wrong while drawing it. The rest of the page still works.',
    dismiss: 'Dismiss',
    emptyTitle: 'No launch matches this filter',
    emptyText: 'Every outcome is switched off.',
    showAll: 'Show all launches',
    errorTitle: 'The timeline could not be shown',
    loadFailed: 'Something went wrong while loading the data.',
    problems: (n: number) => plural(n, 'en', { one: '# problem in the data file', other: '# problems in the data file' }),
    retry: 'Retry',
    noLaunchTitle: 'No launch in the data file could be shown',
    noLaunchText: 'The note above says what is wrong with the file.',
    skippedKinds: { sources: 'sources', launches: 'launches', condemnations: 'responses', contextEvents: 'context events', corrections: 'corrections' },
    skipped: (n: number, total: number, kind: string) => `${n} of ${total} ${kind} skipped`,
    skippedBecause: (parts: string) => `${parts} because of errors in the data file.`,
    fileHasProblems: 'The data file has problems; what is valid is shown.',
    detailsForEditor: (n: number) => `Details for the data editor (${n})`,
  },
  notices: {
    badLaunchId: (value: string) => `The link named a launch ${value} that is not a launch id; showing the timeline.`,
    unknownOutcome: (values: string) => `Unknown outcome filter ${values} ignored.`,
    badWindow: 'The zoom window in the link was not understood; showing the whole period.',
    badAbout: (value: string) => `The link asked for a page ${value} that does not exist; showing the timeline.`,
    badGroup: (value: string) => `The link asked to group launches by ${value}, which is not a grouping; showing them in time order.`,
    badLang: (value: string) => `The link asked for a language ${value} this timeline is not published in; showing English.`,
    launchFiltered: 'The launch in the link is hidden by the outcome filter; showing the timeline.',
    noSuchLaunch: (id: string) => `There is no launch "${id}" in this dataset; showing the timeline.`,
    translationMissing: 'The translation of the data could not be loaded; its texts are shown in English.',
  },
  /** Where a link is shared: page titles, descriptions, the cards' words (made at build time). */
  meta: {
    launchHeadline: (payload: string, vehicle: string, day: string, outcome: string) => `${payload} (${vehicle}), ${day}: ${outcome}`,
    /** "5 failures", "1 partial success", "3 reached orbit". */
    outcomeHeadline: (outcome: Outcome, n: number) =>
      `${formatCount(n)} ${(n === 1 ? OUTCOME_SINGULARS : OUTCOME_PLURALS)[outcome]}`,
    documentTitle: (view: string, title: string) => `${view} · ${title}`,
    homeDescription: (summary: string) => `An interactive, sourced timeline: ${summary}. Every fact is footnoted to its source, with the responses each launch drew.`,
    homeImageAlt: (title: string, summary: string) => `${title}: ${summary}, each marked on a timeline by outcome.`,
    oneOf: (summary: string) => `One of ${summary}.`,
    launchImageAlt: (title: string, claim: string | null, total: number) => `${title}${claim === null ? '' : ` (${claim})`}, marked on a timeline of ${formatCount(total)} launch attempts.`,
    outcomeTitle: (label: string, shown: number, total: number) => `${label}: ${formatCount(shown)} of ${formatCount(total)} launch attempts`,
    outcomeDescription: (headline: string, total: number, launches: string) => `${headline} of ${formatCount(total)}: ${launches}.`,
    launchInList: (payload: string, day: string) => `${payload} (${day})`,
    launchListSeparator: '; ',
    outcomeImageAlt: (title: string, headline: string, total: number) => `${title}, ${headline} marked on a timeline of ${formatCount(total)} launch attempts.`,
    cardKicker: 'An interactive, sourced timeline',
    cardHomeSubline: (n: number) => `${formatCount(n)} launch ${n === 1 ? 'attempt' : 'attempts'}, each marked by its outcome`,
    cardLaunchSubline: (vehicle: string, day: string) => `${vehicle} rocket · ${day}`,
    cardOutcomeSubline: (n: number) => `of ${formatCount(n)} launch attempts`,
    cardFooter: (title: string, version: string, license: string | undefined) => `Data: ${title} v${version}${license ? `, ${license}` : ''}`,
  },
  embedTitle: (title: string) => `Interactive timeline: ${title}`,
};
