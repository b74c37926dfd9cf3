import { z } from 'zod';
import { configSchema } from './config-schema.js';

// The JSON Schema of `.stanch.yaml`, generated from the zod schema so editors can validate and autocomplete it.

/** The schema as pretty JSON text (what schema/stanch-config.schema.json holds). */
export function renderConfigJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
  const withMeta = { ...schema, $id: 'https://www.npmjs.com/package/stanch/schema/stanch-config.schema.json', title: 'stanch configuration (.stanch.yaml)' };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
