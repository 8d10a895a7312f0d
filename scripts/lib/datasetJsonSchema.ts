// Builds the JSON Schema for other tools from the same valibot schema the app uses,
// so the two can never drift. Checks the schema cannot express (real calendar days,
// references between records, URL schemes) are described in the text and run by data:check.
import * as v from 'valibot';
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  condemnationSchema,
  contextEventSchema,
  correctionSchema,
  datasetHeaderSchema,
  launchSchema,
  sourceSchema,
} from '../../src/data/schema.ts';
import { storyListSchemas } from '../../src/data/storySchema.ts';

export function datasetJsonSchema(): Record<string, unknown> {
  const full = v.object({
    ...datasetHeaderSchema.entries,
    sources: v.array(sourceSchema),
    launches: v.array(launchSchema),
    condemnations: v.array(condemnationSchema),
    contextEvents: v.array(contextEventSchema),
    corrections: v.optional(v.array(correctionSchema)),
    ...storyListSchemas,
  });
  const schema = toJsonSchema(full, { errorMode: 'ignore' });
  return {
    ...schema,
    $id: 'https://nk-satellite-timeline/dataset.schema.json',
    title: 'nk-satellite-timeline dataset',
    description:
      'Format of public/data/<name>.json (see docs/data-format.md). `npm run data:check` also enforces what JSON Schema cannot: real calendar dates inside `range`, unique ids, references to existing sources and launches, http(s)-only URLs, and (for a published dataset) no preview, CMS or origin-server URLs, no bracketed titles, and a provenance on every source and a timeSource on every launch.',
  };
}
