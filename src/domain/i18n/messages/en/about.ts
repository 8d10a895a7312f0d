// English strings of the about parts: the "How we know" page (the methodology's prose), the
// Sources page, the corrections log and the frame they share. English is the reference text.

/** A note on how an edition was made: only translated editions have one. */
export type EditionNote = { heading: string; paragraphs: string[] };

export const about = {
  backToTimeline: 'Back to the timeline',
  allSources: 'All sources',
  /** Before the list of sources behind a passage. */
  sourcesLabel: 'Sources:',
  methodology: {
    title: 'How we know',
    intro: 'How this timeline decides what to include, what its labels mean, how it handles time zones, and what is still not known.',
    /** "in 2023" or "from 1998 to 2023", from the years of the data file's range. */
    period: (first: string, last: string) => (first === last ? `in ${first}` : `from ${first} to ${last}`),
    /**
     * The coverage line: `reviewed` is the formatted day of the last review, or null when there was
     * none; `after` the sentence on the next attempt (nextAttempt), or null.
     */
    coverage: (period: string, reviewed: string | null, version: string, after: string | null) =>
      `This timeline covers attempts ${period}${reviewed === null ? '' : `; its data were last reviewed against their sources on ${reviewed} (version ${version})`}.${after === null ? '' : ` ${after}`}`,
    /** While the period ends before the next attempt (`day` formatted). */
    nextAttempt: (day: string) => `The failed launch of ${day}, and anything later, falls outside it.`,
    sections: {
      'what-counts': {
        heading: 'What counts as a launch attempt',
        paragraphs: [
          'The timeline lists every launch in the period it covers (above) that North Korea presented as an attempt to put a satellite into orbit, whether or not it got there. In 1998 the claim came afterwards: North Korea called the launch of 31 August a satellite launch on 4 September.',
          'The Taepodong-2 fired on 5 July 2006 is not counted, because North Korea never said it carried a satellite. Some reports counted it anyway (Nature called the 2009 launch North Korea’s “third attempt”); it appears on the context track instead.',
          'Tests that North Korea described in 2022 as part of developing a reconnaissance satellite are not counted either. The one on the context track, an “important final-stage test” at Sohae on 18 December 2022, was not an attempt to reach orbit.',
        ],
      },
      'success': {
        heading: 'What “success” means',
        paragraphs: [
          'A launch is a success here when its payload reached orbit, as outside trackers and governments assessed it. A failure means nothing reached orbit. The data format also allows a “partial” rating; no launch in this dataset has it.',
          'Reaching orbit does not mean the satellite worked. Kwangmyongsong-3 Unit 2 (December 2012) and Kwangmyongsong-4 (February 2016) both reached orbit, but outside observers never detected a signal from either: the launches succeeded, while the missions were at best a partial success. North Korea says Malligyong-1 (November 2023) photographed Guam, the White House and the Pentagon; no images have been released.',
        ],
      },
      'claims': {
        heading: 'North Korea’s claims beside independent assessments',
        paragraphs: [
          'Each launch carries two verdicts: the assessed outcome, from outside trackers and governments such as NORAD and Japan’s and South Korea’s defence ministries, and what North Korea said, usually through its state news agency KCNA. Where the two differ, the launch’s marker has a dashed ring.',
          'They differ for 1998 and 2009: North Korea said both satellites were in orbit and broadcasting songs, and outside trackers found no object in orbit. North Korea admitted its failures of April 2012, May 2023 and August 2023.',
          'In the launch details, statements that rest only on North Korea’s word are labelled “North Korea’s claim”, and statements on which sources disagree, or which we could not verify, are labelled “Disputed”. Figures North Korea gave, such as the time a satellite took to reach orbit and its orbital period, are labelled as its claims, beside the independent figure where there is one: for February 2016, North Korea said its satellite reached orbit 9 min 46 s after launch, South Korea’s defence ministry 9 min 29 s.',
          'An analyst’s conclusion is given in the analyst’s name, not as a fact: that Malligyong-1’s manoeuvres in February 2024 proved North Korea controlled it is the reading of the satellite expert Marco Langbroek.',
        ],
      },
      'time': {
        heading: 'Dates, times and time zones',
        paragraphs: [
          'Each launch is stored as an exact instant in Coordinated Universal Time (UTC), and the timeline’s axis is in UTC. The launch details give every time twice: in Korea Standard Time (KST, UTC+9), the local time usually quoted, and in UTC.',
          'North Korea’s clocks were on UTC+9, like Seoul’s, except from 15 August 2015 to 4 May 2018, when it kept its own “Pyongyang Time”, UTC+8:30. The February 2016 launch fell in that period: North Korea’s “09:00” was 09:30 in Seoul and 00:30 UTC, so the details show Pyongyang Time as well.',
          'A launch before 09:00 in Korea falls on the previous day in UTC. Three did: 13 April 2012 (12 April UTC), 31 May 2023 (30 May UTC) and 24 August 2023 (23 August UTC). Launches are named by their date in Korea.',
          'Times known only to within a few minutes are marked “about”, and where sources disagree the details say so: for 2009, North Korea gave 11:20, while Japan and NORAD put the launch at about 11:30 Korean time.',
          'Each launch’s details say whose time they show: a measurement by NORAD or Japan’s or South Korea’s defence ministry where there is one, North Korea’s own announcement where there is not. The time of the 1998 launch, 12:07 local, is North Korea’s: Japan and the United States said only that it was shortly after noon.',
          'Responses are dated where they were issued: the White House statement on the launch of 12 December 2012 is dated 11 December, Washington time, and the foreign ministers’ call after the launch of November 2023 is dated 24 November, Washington time, although it began at midnight on 25 November in Seoul and Tokyo. A response whose own day is unknown is shown as “on or before” the day it had happened by.',
          'Events on the context track are dated by the day in Korea, like the launches: the Hwasong-15 test is dated 29 November 2017, although it was still 28 November in UTC.',
        ],
      },
      'responses': {
        heading: 'Condemnations, and refusals to condemn',
        paragraphs: [
          'Under each launch, “Related condemnations” lists the public responses our sources document: one record per body or government and per act, so a joint statement appears once for each signatory. Not every response was a condemnation, and each is labelled with its kind.',
          'A short list does not mean that governments said nothing: only responses we could document are included.',
        ],
      },
      'sources': {
        heading: 'Sources',
        paragraphs: [
          'Every fact and every response cites at least one source, and we cite only pages we have read. We prefer official texts where we found them (UN documents and press releases, government statements, KCNA’s own reports) and otherwise cite news reports and research.',
          'Some pages could be read only as a copy: a wire story on another site, a government text reposted by a research site, a copy of Wikipedia, or a page kept by a web archive. Each source names the original publisher and, for a copy, the site it was read on (“via …”) and whether it is a republication or an archive copy. Pages in another language say which.',
          'A source’s title is the page’s own headline. Where the page had none, or it was not recorded, we describe the page in our own words; such a title is shown in italics and marked “(descriptive title)”, and is never a quotation. A note says when a page was changed after publication. The Sources page lists every source with the launches and responses that cite it.',
        ],
      },
    },
    terms: {
      'resolution': { term: 'Resolution', definition: 'A decision adopted by a vote of the UN Security Council, such as resolution 2087 (2013), which answered the December 2012 launch with new sanctions designations.' },
      'presidential-statement': { term: 'Presidential statement', definition: 'A statement by the President of the Security Council on behalf of the whole Council, made at a formal meeting and issued as a Council document (S/PRST/…), as in April 2009 and April 2012.' },
      'press-statement': { term: 'Press statement', definition: 'A less formal text agreed by the Council’s members and read out to the press, as in December 2012 and February 2016. Some reports call the 2016 one a presidential statement; it was a press statement. A press statement was also issued in 1998, but we have not found its text.' },
      'press-elements': { term: 'Press elements', definition: 'Points agreed by the Council’s members and read out orally by its President, without an agreed written text, as on 13 April 2012, when the members “deplored” the launch. Less formal than a press statement.' },
      'statement': { term: 'Statement', definition: 'Anything else said publicly in response by a government, the UN Secretary-General, or a group such as the EU, NATO or the G7: declarations, spokespeople’s remarks, joint statements, readouts of calls.' },
      'sanctions': { term: 'Sanctions', definition: 'Penalties imposed in response: designations and bans, but also suspended aid (Japan in 1998, the United States in 2012) and South Korea’s closure of the Kaesong industrial complex in 2016.' },
      'measure': { term: 'Measure', definition: 'A step taken in response that is neither a penalty nor a statement, such as South Korea’s suspension in November 2023 of the no-fly-zone clause of its 2018 military agreement with North Korea.' },
      'meeting-without-outcome': { term: 'Meeting without outcome', definition: 'The Security Council met but adopted nothing, as after the 2009 launch (a presidential statement followed eight days later) and after all three launches of 2023. It is neither a condemnation nor a refusal to condemn; what members said there is recorded separately.' },
      'non-condemnation': { term: 'Declined to condemn', definition: 'A government responded publicly without condemning: it urged calm and restraint, expressed “regret”, or rejected calls at the Council to condemn, as China and Russia did. Where a government said the launch violated Security Council resolutions, as Russia did in December 2012, the response is recorded as a statement.' },
    },
    openQuestions: {
      '1998-press-statement': 'The Security Council’s 1998 press statement. The Council President issued one on or before 17 September 1998: North Korea’s UN mission rejected it that day, and in 2006 China’s and Russia’s ambassadors recalled it. We have not found its text, its exact date or its document number.',
      '2009-failure': 'Why the April 2009 launch failed. Early analyses suggested that the third stage did not ignite or separate; later, citing unnamed sources, Kyodo reported that Japanese and US data showed the third stage had separated and came down more than 3,000 km from the launch site. Japan tracked the rocket until about 2,100 km east of Japan.',
      'satellites-working': 'Whether the satellites worked. US officials said Kwangmyongsong-3 Unit 2 was tumbling, while South Korea’s defence ministry first said it was working normally. Kwangmyongsong-4 was reported tumbling, then stable. Malligyong-1 raised its orbit in February 2024, which the satellite expert Marco Langbroek took as proof that North Korea controls it, while South Korea’s defence minister said it showed no sign of doing reconnaissance; the images North Korea says it took have not been released. No independent observer reported detecting a signal from any of the three.',
      'orbits': 'Exact orbits. A satellite’s orbit changes as it slowly sinks, so published perigee, apogee and inclination figures differ with the day they describe; treat them as approximate. The launch details say who measured or claimed each figure: the orbital periods given for 1998, 2009 and 2016 are North Korea’s own.',
      'decay': 'When the first two satellites came down. Kwangmyongsong-4 re-entered around 30 June 2023 and Kwangmyongsong-3 Unit 2 around 13 September 2023, according to VOA’s reading of the Space-Track catalogue as reported in the Korean press. We have not seen the catalogue records themselves, and exact re-entry times were not published.',
      'catalogue-numbers': 'Catalogue numbers. The international designations, such as 2012-072A, are well supported. Of the satellite catalogue numbers, 41332 and 41333 for the objects of the 2016 launch were given on the record by US Strategic Command, while 39026 for Kwangmyongsong-3 Unit 2 comes only from a copy of French Wikipedia. A number given for Malligyong-1 could not be verified, so we do not show one.',
      'engine': 'Where Chollima-1’s engine came from. Analysts think it derives from a North Korean missile engine, either the Hwasong-15’s two-nozzle engine or the Hwasong-17’s four-chamber engine; neither is confirmed. Claims that Russia helped with the November 2023 launch come from South Korean officials.',
      '1998-details': 'Details of the 1998 launch. Estimates of the satellite’s mass range from 6 to 170 kg, and sources differ on where the rocket’s stages came down.',
      '1998-time': 'The minute of the 1998 launch. The only time given to the minute is North Korea’s, 12:07 local (03:07 UTC); Japan’s Defense Agency and FAS said only that the launch was shortly after noon. We show North Korea’s time, marked as approximate and as North Korea’s.',
      'august-2023-meeting': 'Who asked for the Security Council meeting of 25 August 2023. Thirteen of the fifteen members condemned the launch there, but reports of who requested the meeting differ, and we have not seen the list.',
      'december-2023-sanctions': 'Australia’s part in the coordinated sanctions of December 2023. The United States acted on 30 November, Washington time, and Japan and South Korea on 1 December; for Australia we give the day the measures were reported, and our sources give no details of its designations.',
      'copies': 'Sources we could read only as copies. Some facts rest on copies rather than the original page, such as the G7 ministers’ statement of 24 August 2023, read as a copy of the French foreign ministry’s text, and Japan’s readout of the foreign ministers’ call of November 2023, read in an Italian translation; the source lists say where each copy was read. We read the Council’s presidential statements and resolutions 2087 and 2270 in UN press releases, news reports or reposts, not as UN documents.',
    },
    openQuestionsHeading: 'Open questions',
    openQuestionsIntro: 'What our sources do not settle, each with the sources that document it.',
    /** How a translated edition was made; the English edition is the reference and has none. */
    edition: null as EditionNote | null,
  },
  corrections: {
    heading: 'Corrections',
    policy:
      'When we find a mistake we correct the record, give the data a new version number and log the change here: when, what changed, why, and which record. A corrected record shows “Corrected” with the date.',
    /** `{date}` is where the date of the last update goes. */
    noneYet: (version: string) => `No corrections yet. The data is at version ${version}, updated {date}.`,
    dataAt: (version: string) => `The data is at version ${version}, updated {date}.`,
    /** A button opening a corrected launch: `{payload}` and `{day}` are filled in. */
    openLaunch: 'Open {payload}, {day}',
    whatChanged: 'What changed: ',
    why: 'Why: ',
    recordKinds: { launch: 'launch', response: 'response', 'context event': 'context event', source: 'source' },
    /** A corrected record: its kind, then what it is. */
    record: (kind: string, label: string) => `${kind}: ${label}`,
    /** How a corrected record is named: a launch, a response, a context event. */
    launchLabel: (payload: string, vehicle: string, day: string) => `${payload} (${vehicle}), ${day}`,
    responseLabel: (by: string, kind: string, date: string) => `${by}: ${kind.toLowerCase()}, ${date}`,
    eventLabel: (title: string, day: string) => `${title}, ${day}`,
    sourceLabel: (publisher: string, title: string) => `${publisher}: ${title}`,
  },
};
