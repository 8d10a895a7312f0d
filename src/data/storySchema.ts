// The story at first glance: what the first screen shows without a click.
// Each is editor-written and sourced like any fact; counts and spans are computed by the app.
// Objects are v.object, which drops unknown keys; the loader reports them separately.
import * as v from 'valibot';
import { aliases, FACT_STATUSES, latitude, longitude } from './schemaPrimitives.ts';
import { calendarDate, idList, shortText, slug } from './validators.ts';

/** Capped, trimmed, non-empty text; the caps below are tighter than shortText/longText
 *  because these strings sit on the chart or under the title, not in the panel. */
function cappedText(max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
}

export const STORY_LIMITS = { standfirst: 400, annotationTitle: 40, annotationText: 300 } as const;

/** Editor-written; the app adds the counts ("Eight attempts from 1998 to 2023; …"), so the text never states them. */
export const standfirstSchema = v.object({
  text: cappedText(STORY_LIMITS.standfirst),
  sourceIds: idList,
});

export const ANCHOR_KINDS = ['launch', 'span', 'between-launches'] as const;

/**
 * Where an annotation sits: at one launch; over a span of calendar dates; or over the
 * stretch between two launches, whose ends the app takes from the launches' own instants
 * (so a gap is computed from the launch dates, never typed in twice).
 */
export const anchorSchema = v.pipe(
  // The kind is checked on its own first, so a wrong one reads "must be one of …", as elsewhere.
  v.looseObject({ kind: v.picklist(ANCHOR_KINDS) }),
  v.variant('kind', [
    v.object({ kind: v.literal('launch'), launchId: slug }),
    v.object({ kind: v.literal('span'), from: calendarDate, to: calendarDate }),
    v.object({ kind: v.literal('between-launches'), fromLaunchId: slug, toLaunchId: slug }),
  ]),
);

export const annotationSchema = v.object({
  id: slug,
  title: cappedText(STORY_LIMITS.annotationTitle),
  text: cappedText(STORY_LIMITS.annotationText),
  anchor: anchorSchema,
  sourceIds: idList,
  status: v.optional(v.picklist(FACT_STATUSES)),
});

/** A rocket as a group of launches; `family` is the generation band label shared by related rockets. */
export const vehicleSchema = v.object({
  id: slug,
  name: shortText,
  aliases: v.optional(aliases, []),
  family: shortText,
  sourceIds: idList,
});

/** A launch site as a group of launches; `region` is its lane label (coast and province). */
export const siteSchema = v.object({
  id: slug,
  name: shortText,
  shortName: v.optional(shortText),
  alternateName: v.optional(shortText),
  region: shortText,
  lat: latitude,
  lon: longitude,
  sourceIds: idList,
});

/** The story lists as the JSON Schema export shows them (the header reads them as unknown, to skip bad records one by one). */
export const storyListSchemas = {
  standfirst: v.optional(standfirstSchema),
  annotations: v.optional(v.array(annotationSchema)),
  vehicles: v.optional(v.array(vehicleSchema)),
  sites: v.optional(v.array(siteSchema)),
};

export type Standfirst = v.InferOutput<typeof standfirstSchema>;
export type Anchor = v.InferOutput<typeof anchorSchema>;
export type Annotation = v.InferOutput<typeof annotationSchema>;
export type Vehicle = v.InferOutput<typeof vehicleSchema>;
export type Site = v.InferOutput<typeof siteSchema>;
