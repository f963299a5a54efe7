import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../cli/helpers';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A validator for SARIF 2.1.0 from the vendored schema (test/fixtures/sarif). The schema is
 * draft-04; ajv 8 reads it once its `id` is spelled `$id` and the draft-04 `$schema` is dropped
 * (the schema uses no draft-04-only keywords such as boolean `exclusiveMinimum`). One of its
 * patterns (`language`) is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
export function sarifValidator(): (document: unknown) => string[] {
  const path = join(repoRoot(), 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile({ ...rest, $id: id } as object);
  return (document) =>
    validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
