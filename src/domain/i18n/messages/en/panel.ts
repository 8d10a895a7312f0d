// English strings of the launch panel, the list view and the notes under the timeline. The
// wording is the product's (unit and end-to-end tests assert it); the other catalogs translate it.
import { plural } from '../../plural.ts';

/** Text on either side of a date the component renders itself (inside a `<time>`). */
export type AroundDate = { before: string; after: string };

export const panel = {
  /** The panel's landmark name and the small heading above the launch's name. */
  region: 'Launch details',
  eyebrow: 'Launch details',
  close: 'Close details',
  previous: 'Previous',
  next: 'Next',
  /** Before the neighbouring launch a step button names: "Previous: Rocket A, 31 August 1998". */
  previousTo: 'Previous: ',
  nextTo: 'Next: ',
  /** The live region's line when a launch opens. */
  opened: (payload: string, day: string) => `Opened: ${payload}, ${day}`,
  loading: 'Loading the facts, responses and sources…',
  howWeKnow: 'How we know',
  /** After the "How we know" button, in the same paragraph. */
  howWeKnowAfter: ': what counts as a launch, what the labels mean, and the open questions.',

  /** A label and its value: "Failed: Nothing reached orbit", "Publisher: title". */
  labelSeparator: ': ',
  /** A name another source uses, or an alternative name, after the name. */
  parenthesised: (text: string) => ` (${text})`,

  time: {
    /**
     * The launch in Korea: "12 December 2012, about 09:49 KST". `day` is formatted already; `time`
     * is "HH:MM" on a 24-hour clock, for each edition to write as its readers expect of that zone.
     */
    kst: (day: string, time: string, approximate: boolean) => `${day}, ${approximate ? 'about ' : ''}${time} KST`,
    utc: (day: string, time: string, approximate: boolean) => `${day}, ${approximate ? 'about ' : ''}${time} UTC`,
    /** Pyongyang's own clock (UTC+8:30, 2015–2018); `day` only when it is not the KST day. */
    pyongyang: (time: string, day: string | null, approximate: boolean) =>
      `${approximate ? 'about ' : ''}${time} Pyongyang Time${day === null ? '' : `, ${day}`}`,
    /** Around the Pyongyang Time reading, after the KST one. */
    pyongyangOpen: ' (',
    pyongyangClose: ')',
    /** Between the Korean and the UTC reading. */
    separator: ' · ',
    /** Before the name of whoever gave the time. */
    givenBy: 'Time given by ',
  },

  details: {
    vehicle: 'Vehicle',
    payload: 'Payload',
    site: 'Site',
    /** The other names a vehicle or payload goes by, already joined. */
    also: (names: string) => ` (also ${names})`,
    /** Latitude and longitude in degrees, already formatted ("39.660"). */
    north: (degrees: string) => `${degrees}° N`,
    south: (degrees: string) => `${degrees}° S`,
    east: (degrees: string) => `${degrees}° E`,
    west: (degrees: string) => `${degrees}° W`,
    coordinates: (latitude: string, longitude: string) => `${latitude}, ${longitude}`,
    /** Between the site's name and its coordinates. */
    coordinatesSeparator: ', ',
    assessedOutcome: 'Assessed outcome',
    northKoreaClaimed: 'North Korea claimed',
    differs: 'Differs from the assessment',
    orbit: 'Orbit',
    /** Perigee and apogee, already formatted. */
    altitudes: (perigee: string, apogee: string) => `${perigee}–${apogee} km`,
    inclination: (degrees: string) => `${degrees}° inclination`,
    /** Around the day the satellite came down. */
    decayed: { before: 'decayed ', after: '' } as AroundDate,
    facts: 'Facts',
  },

  responses: {
    heading: 'Related condemnations',
    none: 'No responses to this launch are recorded in the data.',
    /** Between "On or before" and the day. */
    qualifierSpace: ' ',
  },

  sources: {
    heading: 'Sources',
    missing: (id: string) => `Source “${id}” is missing from the data file.`,
    /** Before a source's publication date, after its title. */
    dateSeparator: ', ',
    /** The language a source is in: `name` as languageName gives it. */
    inLanguage: (name: string) => ` · in ${name}`,
  },

  corrected: {
    /** Around the day of the latest correction: "Corrected 12 March 2027". */
    on: { before: 'Corrected ', after: '' } as AroundDate,
    /** Shown only for more than one. */
    count: (n: number) => plural(n, 'en', { one: ' (# correction)', other: ' (# corrections)' }),
    hint: '; see the corrections log in How we know',
  },

  table: {
    caption: 'Satellite launch attempts; choose a payload to open its details',
    date: 'Date (KST)',
    /** For screen readers, after the date column's name. */
    sorted: (ascending: boolean) => `, sorted ${ascending ? 'oldest first' : 'newest first'}; activate to reverse`,
    payload: 'Payload',
    vehicle: 'Vehicle',
    outcome: 'Outcome',
    claimed: 'North Korea claimed',
    responses: 'Responses',
  },

  story: {
    heading: 'Notes on the timeline',
    /** The list of sources under each note. */
    sources: 'Sources',
  },
};
