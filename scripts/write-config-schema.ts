import { writeFileSync } from 'node:fs';
import { renderConfigJsonSchema } from '../src/config/config-json-schema.js';

// `npm run schema`: regenerates schema/stanch-config.schema.json from the zod schema (a test checks it is current).
writeFileSync('schema/stanch-config.schema.json', renderConfigJsonSchema());
