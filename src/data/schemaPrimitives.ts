// Pieces both the core records (schema.ts) and the story records (storySchema.ts) use.
// Kept here, not in schema.ts, so storySchema.ts need not import schema.ts, which
// imports the story types back for `Dataset`.
import * as v from 'valibot';
import { shortText } from './validators.ts';

export const FACT_STATUSES = ['disputed', 'nk-claim'] as const;

export const latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
export const longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
export const aliases = v.pipe(v.array(shortText), v.maxLength(20));
