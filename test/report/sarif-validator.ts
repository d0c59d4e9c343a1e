// Validates a SARIF log against the SARIF 2.1.0 JSON schema fixture (test/fixtures/sarif).

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const sarifSchema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as { title: string };
const ajv = new Ajv2020({ allErrors: true, strict: false });
// The formats the schema uses, checked for real (ajv ships none by itself).
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'https://example.invalid/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validate = ajv.compile(sarifSchema);

/** Schema violations as `instancePath message` lines; [] when the log is valid. */
export function sarifSchemaErrors(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
