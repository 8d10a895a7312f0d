// "How we know": the editorial method behind the timeline, in our own words, written from
// the researched fact sheet. The words are in the catalogs (messages/*/about.ts, English the
// reference); this file holds what they hang on: the order of the sections, the terms' kinds and
// the sources behind each passage, so a test can check every source id below exists in
// public/data/launches.json. It describes dataset 1.2.0: when the data or its rules change,
// change this and the English text too.
import type { CondemnationKind, Dataset } from '../data/schema.ts';
import { formatDay } from './i18n/dates.ts';
import type { Locale } from './i18n/locale.ts';
import { about as enAbout } from './i18n/messages/en/about.ts';
import type { PartMessages } from './i18n/messages/en.ts';

type AboutMessages = PartMessages['about'];
export type MethodologySectionId = keyof AboutMessages['methodology']['sections'];
export type OpenQuestionId = keyof AboutMessages['methodology']['openQuestions'];

export type MethodologySection = {
  id: MethodologySectionId;
  heading: string;
  paragraphs: readonly string[];
  /** Defined terms, shown as a list after the paragraphs. */
  terms?: readonly { term: string; kind?: CondemnationKind; definition: string }[];
  /** Dataset sources that document the section's statements of fact. */
  sourceIds?: readonly string[];
};

/** Something our sources do not settle, in plain words, with the sources that document it. */
export type OpenQuestion = { id: OpenQuestionId; text: string; sourceIds: readonly string[] };

/** The first attempt after the period, named while the period ends before it (a wider range takes it in). */
const NEXT_ATTEMPT = '2024-05-27';

/**
 * "This timeline covers attempts from 1998 to 2023; its data were last reviewed against their
 * sources on 2 December 2026 (version 1.2.0)." From the data file, so it follows a wider range.
 */
export function coverageStatement(dataset: Pick<Dataset, 'range' | 'reviewed' | 'version'>, m: AboutMessages = enAbout, locale: Locale = 'en'): string {
  const t = m.methodology;
  const period = t.period(dataset.range.start.slice(0, 4), dataset.range.end.slice(0, 4));
  const reviewed = dataset.reviewed === undefined ? null : formatDay(dataset.reviewed, locale);
  const after = dataset.range.end < NEXT_ATTEMPT ? t.nextAttempt(formatDay(NEXT_ATTEMPT, locale)) : null;
  return t.coverage(period, reviewed, dataset.version, after);
}

/** The sections in order: each one's sources, and the kinds of response its terms define. */
const SECTIONS: readonly { id: MethodologySectionId; sourceIds?: readonly string[]; terms?: readonly CondemnationKind[] }[] = [
  { id: 'what-counts', sourceIds: ['p2-98-kcna-fas', 'ctx-2', '09-5', 'ctx-16'] },
  { id: 'success', sourceIds: ['12d-1', '16-10', '12d-9', '23c-6', '23c-9'] },
  { id: 'claims', sourceIds: ['p2-98-kcna-fas', '98-3', 'p2-09-yonhap-oana', 'p2-09-abc-norad', 'p3-16-chinadaily-nada', 'p3-16-ecns-mnd', 'p3-23c-abc-reuters'] },
  { id: 'time', sourceIds: ['ctx-tz1', 'ctx-tz2', 'p2-09-mod-hamada', 'p3-98-jda-whitepaper', 'p2-12d-yonhap-wh', 'p3-23c-agenparl-mofa', 'ctx-13'] },
  { id: 'responses', sourceIds: ['p2-98-nkaggregator', 'p2-12a-usembassy-london', 'p2-16-japan-un-mission', 'p2-12d-reuters-russia'], terms: ['resolution', 'presidential-statement', 'press-statement', 'press-elements', 'statement', 'sanctions', 'measure', 'meeting-without-outcome', 'non-condemnation'] },
  { id: 'sources' },
];

/** The open questions in order, each with the sources that document it. */
const QUESTIONS: readonly { id: OpenQuestionId; sourceIds: readonly string[] }[] = [
  { id: '1998-press-statement', sourceIds: ['p2-98-nkaggregator', 'p2-98-chinadaily-ap'] },
  { id: '2009-failure', sourceIds: ['09-5', 'p3-09-japantimes-stages', 'p2-09-mod-hamada'] },
  { id: 'satellites-working', sourceIds: ['12d-6', '12d-7', '16-13', '16-12', 'p2-16-upi', '23c-9', '23c-8', 'p3-23c-abc-reuters'] },
  { id: 'orbits', sourceIds: ['p3-12d-spacenews', '16-12', 'p3-16-chinadaily-nada', 'p2-98-kcna-fas', 'p2-09-yonhap-oana', '23c-8', '23c-7'] },
  { id: 'decay', sourceIds: ['16-15', '16-16', '12d-10', '12d-11', '12d-12'] },
  { id: 'catalogue-numbers', sourceIds: ['12d-4', 'p3-16-yonhap-stratcom', 'p3-16-cnn-mda'] },
  { id: 'engine', sourceIds: ['23a-5', '23c-7', 'p2-23a-scr', '23c-11'] },
  { id: '1998-details', sourceIds: ['98-2', '98-4', '98-7'] },
  { id: '1998-time', sourceIds: ['p2-98-kcna-fas', 'p3-98-jda-whitepaper', '98-3'] },
  { id: 'august-2023-meeting', sourceIds: ['p2-23b-usun', '23b-10', '23b-11'] },
  { id: 'december-2023-sanctions', sourceIds: ['23c-25', '23c-26', 'p2-23c-koreaherald', 'p3-23c-kuna-japan'] },
  { id: 'copies', sourceIds: ['23b-7', 'p3-23c-agenparl-mofa', '09-16', 'p2-12d-unnews-2087', 'p2-16-nknews-2270'] },
];

/** The sections of the page in an edition's words (English by default). */
export function methodologySections(m: AboutMessages = enAbout): MethodologySection[] {
  return SECTIONS.map(({ id, sourceIds, terms }) => {
    const text = m.methodology.sections[id];
    return {
      id,
      heading: text.heading,
      paragraphs: text.paragraphs,
      ...(terms && { terms: terms.map((kind) => ({ kind, ...m.methodology.terms[kind] })) }),
      ...(sourceIds && { sourceIds }),
    };
  });
}

/** The open questions in an edition's words (English by default). */
export function openQuestions(m: AboutMessages = enAbout): OpenQuestion[] {
  return QUESTIONS.map(({ id, sourceIds }) => ({ id, text: m.methodology.openQuestions[id], sourceIds }));
}

/** The English text, the reference the translations are made from. */
export const METHODOLOGY_INTRO = enAbout.methodology.intro;
export const METHODOLOGY_SECTIONS: readonly MethodologySection[] = methodologySections();
export const CORRECTIONS_POLICY = enAbout.corrections.policy;
export const OPEN_QUESTIONS: readonly OpenQuestion[] = openQuestions();

/** Every source id the methodology cites, once each. */
export function methodologySourceIds(): string[] {
  const ids = [...SECTIONS.flatMap((s) => s.sourceIds ?? []), ...QUESTIONS.flatMap((q) => q.sourceIds)];
  return [...new Set(ids)];
}
