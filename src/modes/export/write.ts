// One exported contract as YAML text: the editor's schema line, a note of where it came from,
// then the document (yaml 2, no line folding so long patterns stay one line, no anchors).

import { stringify } from 'yaml';

export const SCHEMA_URL_BASE = 'https://raw.githubusercontent.com/cxone-contract/cxone-contract/main/schemas';

export function contractYaml(kind: 'schema' | 'filter', doc: Record<string, unknown>): string {
  const editorSchema = `${SCHEMA_URL_BASE}/${kind === 'schema' ? 'event-schema' : 'event-filter'}.schema.json`;
  const header = [`# yaml-language-server: $schema=${editorSchema}`, `# Exported from the live tenant by \`cxone-contract export\`; edit through pull requests from now on.`];
  return `${header.join('\n')}\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
