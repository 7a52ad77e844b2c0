// Regenerates data/stancemap.schema.json from the zod schema: npm run schema
import { writeFileSync } from 'node:fs';
import { storyJsonSchemaText } from '../core/schema/jsonSchema.ts';

writeFileSync(new URL('../../data/stancemap.schema.json', import.meta.url), storyJsonSchemaText());
console.log('wrote data/stancemap.schema.json');
