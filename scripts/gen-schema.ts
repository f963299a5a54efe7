/** Writes schemas/icp-instance-spec.schema.json from the zod schema (run: npx tsx scripts/gen-schema.ts). */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { instanceSpecJsonSchemaText } from '../src/core/spec/json-schema';

const root = resolve(__dirname, __dirname.includes(`${join('out', 'scripts')}`) ? '../..' : '..');
const target = join(root, 'schemas', 'icp-instance-spec.schema.json');
writeFileSync(target, instanceSpecJsonSchemaText());
console.log(`wrote ${target}`);
