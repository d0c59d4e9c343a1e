// One exported contract as YAML text: the editor's schema line, a note of where it came from,
// then the document (yaml 2, no line folding so long patterns stay one line, no anchors).
//
// The text must read back, with the contracts stage's own parser, as exactly the live document:
// otherwise the check sees a change nobody made and the deploy writes it. yaml 2 gets some strings
// wrong: a long double-quoted one split across lines writes " \n \n" as " \n\\\n" (so double-quoted
// strings stay on one line), and a block scalar loses the spaces of a line that holds only spaces
// ("   \n" reads back as "\n"). So each file is read back; when it differs, every string with a
// line break or blank edges is written double-quoted (JSON-like escapes, one line), and read back
// again.

import { Document, visit } from 'yaml';
import { sameContent } from '../../core/canonical.js';
import { RELEASE_TAG } from '../../core/version.js';
import { DEFAULT_LIMITS } from '../../contracts/index.js';
import { loadYaml } from '../../contracts/yaml-load.js';

// At this version's release tag, not main: the editor validates against the schemas of the tool
// that wrote the file.
export const SCHEMA_URL_BASE = `https://raw.githubusercontent.com/cxone-contract/cxone-contract/${RELEASE_TAG}/schemas`;

export function contractYaml(kind: 'schema' | 'filter', doc: Record<string, unknown>): string {
  const editorSchema = `${SCHEMA_URL_BASE}/${kind === 'schema' ? 'event-schema' : 'event-filter'}.schema.json`;
  const header = [
    `# yaml-language-server: $schema=${editorSchema}`,
    `# Exported from the live tenant by \`cxone-contract export\`; edit through pull requests from now on.`,
  ];
  let body = render(doc, false);
  if (readsBack(body, doc) === false) {
    body = render(doc, true);
    if (readsBack(body, doc) === false)
      throw new Error(
        `export: the ${kind} "${String(doc[kind === 'schema' ? 'title' : 'name'])}" could not be written as YAML that reads back the same`,
      );
  }
  return `${header.join('\n')}\n${body}`;
}

function render(doc: Record<string, unknown>, quoteTricky: boolean): string {
  const yaml = new Document(doc, { aliasDuplicateObjects: false });
  if (quoteTricky) {
    visit(yaml, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && /[\n\r\u0085\u2028\u2029]|^\s|\s$/.test(node.value))
          node.type = 'QUOTE_DOUBLE';
      },
    });
  }
  return yaml.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}

/** Past these limits the check reports the file as such: the export cannot make it readable. */
const BEYOND_LIMITS = new Set(['yaml-too-deep', 'yaml-too-many-nodes']);

/**
 * Whether the text reads back, through the contracts stage's own reader, as `doc`; undefined when
 * the reader stops at one of its limits (a live schema nested or sized past them).
 */
function readsBack(text: string, doc: Record<string, unknown>): boolean | undefined {
  const loaded = loadYaml('export', text, DEFAULT_LIMITS);
  if (loaded.value !== undefined) return sameContent(loaded.value, doc);
  return loaded.findings.some((f) => BEYOND_LIMITS.has(f.rule)) ? undefined : false;
}
