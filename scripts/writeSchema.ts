import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from './lib/datasetJsonSchema.ts';

writeFileSync('public/data/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote public/data/dataset.schema.json');
