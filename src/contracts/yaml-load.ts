// The fast path: js-yaml's event parser + constructor with the YAML 1.2 core schema (timestamps
// stay strings, data is plain JSON). Every way YAML can go wrong becomes a located finding here;
// nothing thrown by the parser escapes.
//
// Why two YAML parsers: js-yaml reads every contract (speed); `yaml` keeps source ranges and only
// re-parses a file to place a finding the event index cannot (./locate-yaml.ts). Measured on the
// benchmark corpus (1,000 schemas of 60 properties + 1,000 filters, 2,000 files, 5.3 MB; Node 20,
// median of 5 runs with the texts in memory, 2026-12-07): js-yaml's events + constructor 0.59-0.61 s,
// `yaml`'s parseDocument with a LineCounter 1.97-2.36 s, 3.4-3.8 times slower before it has even
// built the plain values. Reading every contract with `yaml` would multiply the check's parse time.

import { CORE_SCHEMA, EVENT_ID, constructFromEvents, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import type { ParseLimits } from './limits.js';
import { positionAt } from '../core/position.js';
import {
  checkAliases,
  eventOffset,
  findDuplicateKey,
  summarize,
  type AliasProblem,
  type DocumentInfo,
} from './yaml-events.js';

export const yamlRules = defineRules({
  yamlSyntax: {
    id: 'yaml-syntax',
    raisedBy: () => loadYaml,
    test: 'test/contracts/budgets.test.ts',
    severity: 'error',
    summary: 'The file is not valid YAML (or JSON).',
    doc:
      'The parser stopped at the reported position: bad indentation, an unclosed bracket or quote, a ' +
      'tab used for indentation, an unknown tag or an alias to an undefined anchor. Nothing else in ' +
      'the file can be checked until it parses. The reported line is where the parser noticed the ' +
      'problem; the cause is often on that line or just above it.',
    fix: 'Fix the YAML at the reported line (indent with spaces, close brackets and quotes, remove custom `!tags`).',
  },
  yamlDuplicateKey: {
    id: 'yaml-duplicate-key',
    raisedBy: () => loadYaml,
    test: 'test/contracts/hazards.test.ts',
    severity: 'error',
    summary: 'A mapping defines the same key twice.',
    doc:
      'YAML 1.2 and the JSON Schema tooling require keys in a mapping to be unique. Parsers that ' +
      'accept duplicates keep the last one silently, so half of what the author wrote (often a whole ' +
      'property definition) is thrown away. This applies to `.json` files too, where `JSON.parse` ' +
      'would hide it.',
    fix: 'Remove one of the two entries, or merge them into one.',
  },
  yamlAliasBomb: {
    id: 'yaml-alias-bomb',
    raisedBy: () => loadYaml,
    test: 'test/contracts/hazards.test.ts',
    severity: 'error',
    summary: 'Anchors and aliases expand to an unreasonable (or infinite) document.',
    doc:
      'YAML aliases (`*name`) repeat the node of an anchor (`&name`). Nested aliases multiply: nine ' +
      'levels of nine aliases ("billion laughs") turn a 1 KB file into hundreds of millions of nodes, ' +
      'and an alias inside its own anchor makes the document infinite. Either would exhaust memory or ' +
      'time in every tool that reads the contract, so the file is rejected, as are files with more ' +
      'aliases than the configured limit.',
    fix: 'Write the repeated parts out (or use JSON Schema `$ref`/`definitions`) instead of nesting aliases.',
  },
  yamlTooDeep: {
    id: 'yaml-too-deep',
    raisedBy: () => loadYaml,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'error',
    summary: 'The document nests deeper than the limit.',
    doc:
      'Real event schemas nest a few dozen levels at most. Thousands of nested brackets (or aliases ' +
      'that nest into each other) are an attack on recursive parsers and validators, which would ' +
      'crash with a stack overflow. The file is rejected at the first node past the limit.',
    fix: 'Flatten the structure, e.g. move nested object schemas into `definitions` and `$ref` them.',
  },
  yamlMultipleDocuments: {
    id: 'yaml-multiple-documents',
    raisedBy: () => loadYaml,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'error',
    summary: 'The file holds more than one YAML document.',
    doc:
      'A contract file holds exactly one schema or filter. A `---` line in the middle starts a second ' +
      'document, which the platform would never see; it is usually a concatenation or merge mistake. ' +
      'Empty documents (a lone trailing `---`) are ignored.',
    fix: 'Move each document into its own file, or delete the stray `---` line.',
  },
  yamlTooManyNodes: {
    id: 'yaml-too-many-nodes',
    raisedBy: () => loadYaml,
    test: 'test/contracts/budgets.test.ts',
    severity: 'error',
    summary: 'The file holds more YAML nodes than the limit.',
    doc:
      'Every value, key, list and mapping in a file is a node, and every step after parsing (source ' +
      'positions, lint, the comparison with the live schema) costs time per node. The platform accepts ' +
      'schemas of at most 256 KiB of compact JSON, about 20,000 nodes for a real schema; a file past ' +
      'the limit (100,000 nodes by default) is generated data, not a contract, and is not checked ' +
      'further. The finding points at the first node past the limit.',
    fix: 'Remove the bulk data (long lists of values) from the contract, or split the contract.',
  },
  fileEmpty: {
    id: 'file-empty',
    raisedBy: () => loadYaml,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'error',
    summary: 'The file has no content.',
    doc:
      'The file matched a contract glob but is empty or holds only comments and whitespace, so there is ' +
      'no schema or filter to check or deploy. It is usually a placeholder or a file emptied by a bad merge.',
    fix: 'Write the contract into the file, or delete it (or narrow the glob so it does not match).',
  },
});

export interface YamlLoad {
  /** Set when the file parsed cleanly into exactly one document. */
  value?: unknown;
  root?: DocumentInfo;
  findings: Finding[];
  /** Nodes parsed (0 when the parser stopped early): what the file cost, for the run's budget. */
  nodes: number;
  /** The parser's events, set with `value`: the locator indexes them rather than parsing the text again. */
  events?: readonly Event[];
}

export function loadYaml(file: string, text: string, limits: ParseLimits): YamlLoad {
  let nodes = 0;
  const at = (rule: (typeof yamlRules)[keyof typeof yamlRules], offset: number, message: string): YamlLoad => ({
    findings: [finding(rule, { file, ...positionAt(text, offset), message })],
    nodes,
  });

  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch (err) {
    if (err instanceof RangeError) {
      // The recursive-descent parser ran out of stack before the depth limit fired.
      return at(
        yamlRules.yamlTooDeep,
        deepestPoint(text, limits.maxDepth),
        `nesting is too deep to parse (limit ${limits.maxDepth} levels)`,
      );
    }
    const { reason, offset } = describe(err);
    if (/maxDepth/.test(reason)) {
      return at(yamlRules.yamlTooDeep, offset, `nesting is deeper than ${limits.maxDepth} levels`);
    }
    return at(yamlRules.yamlSyntax, offset, `YAML syntax error: ${reason}`);
  }

  const counted = countNodes(events, limits.maxFileNodes);
  nodes = counted.nodes;
  if (counted.pastAt >= 0) {
    return at(
      yamlRules.yamlTooManyNodes,
      counted.pastAt,
      `file holds ${nodes} YAML nodes, over the ${limits.maxFileNodes} limit; it was not checked further`,
    );
  }

  const summary = summarize(events);
  const docs = summary.documents.filter((d) => !d.empty);
  const [root, second] = docs;
  if (!root)
    return at(yamlRules.fileEmpty, 0, 'file has no content (it is empty or holds only comments and whitespace)');
  if (second) {
    return at(
      yamlRules.yamlMultipleDocuments,
      separatorBefore(text, root.rootOffset, second.rootOffset),
      `file holds ${docs.length} YAML documents but a contract file must hold exactly one; the second starts here`,
    );
  }
  if (summary.aliases > 0) {
    const problem = checkAliases(events, text, limits);
    if (problem) {
      const rule = problem.kind === 'depth' ? yamlRules.yamlTooDeep : yamlRules.yamlAliasBomb;
      return at(rule, problem.offset, aliasMessage(problem, limits));
    }
  }

  let values: unknown[];
  try {
    values = constructFromEvents(events, { source: text, schema: CORE_SCHEMA });
  } catch (err) {
    const { reason, offset } = describe(err);
    if (/duplicated mapping key/.test(reason)) {
      const dup = findDuplicateKey(events, text, offset);
      if (dup) {
        const first = positionAt(text, dup.firstOffset).line;
        return at(
          yamlRules.yamlDuplicateKey,
          dup.secondOffset,
          `duplicate key ${JSON.stringify(dup.key)} (first defined on line ${first})`,
        );
      }
      return at(yamlRules.yamlDuplicateKey, offset, 'duplicate key in a mapping');
    }
    // js-yaml marks an alias at its name; point at the `*` like every other alias finding.
    const aliasAt = /alias/.test(reason) && text[offset - 1] === '*' ? offset - 1 : offset;
    return at(yamlRules.yamlSyntax, aliasAt, `YAML error: ${reason}`);
  }
  return { value: values[summary.documents.indexOf(root)], root, findings: [], nodes, events };
}

/** Nodes among the events, and the offset of the first past `max` (-1 when none is). */
function countNodes(events: readonly Event[], max: number): { nodes: number; pastAt: number } {
  let nodes = 0;
  let pastAt = -1;
  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT || ev.type === EVENT_ID.POP) continue;
    if (++nodes === max + 1) pastAt = Math.max(0, eventOffset(ev));
  }
  return { nodes, pastAt };
}

function describe(err: unknown): { reason: string; offset: number } {
  if (err instanceof YAMLException) {
    return { reason: err.reason || err.message.split('\n')[0] || 'parse error', offset: err.mark?.position ?? 0 };
  }
  return { reason: err instanceof Error ? err.message : String(err), offset: 0 };
}

function aliasMessage(p: AliasProblem, limits: ParseLimits): string {
  switch (p.kind) {
    case 'too-many':
      return `more than ${limits.maxAliases} aliases in one file (this is alias number ${p.count})`;
    case 'cycle':
      return `alias *${p.name} is used inside the node anchored as &${p.name}, so the document would be infinite`;
    case 'expansion':
      return `alias *${p.name} expands the document past ${limits.maxNodes} nodes (an alias bomb, "billion laughs")`;
    case 'depth':
      return `alias *${p.name} nests the document ${p.depth} levels deep (limit ${limits.maxDepth})`;
  }
}

/** Offset of the `---` that starts the document at `to` (or `to` itself when there is none). */
function separatorBefore(text: string, from: number, to: number): number {
  const re = /^---(?=[ \t\r\n]|$)/gm;
  re.lastIndex = Math.max(0, from);
  let found = to;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) found = m.index;
  return found;
}

/**
 * Where nesting first passes `maxDepth` (or is deepest), found without a parser, since a parser
 * is what just overflowed: flow brackets are counted outside quotes and comments, and block
 * nesting is judged by the most indented line.
 */
export function deepestPoint(text: string, maxDepth: number): number {
  let depth = 0;
  let quote = '';
  let deepestIndent = -1;
  let deepestLine = 0;
  let lineStart = 0;
  let deepestFlow = 0;
  let deepestFlowAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      quote = quote === "'" || quote === '"' ? quote : '';
      lineStart = i + 1;
      let j = lineStart;
      while (text[j] === ' ') j++;
      if (j - lineStart > deepestIndent && text[j] !== '\n' && j < text.length) {
        deepestIndent = j - lineStart;
        deepestLine = j;
      }
      continue;
    }
    if (quote === '#') continue;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && (i === lineStart || ' \t[{,:-'.includes(text[i - 1] ?? ' '))) quote = c;
    else if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) quote = '#';
    else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
      if (depth > deepestFlow) {
        deepestFlow = depth;
        deepestFlowAt = i;
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  // Block nesting takes about two columns of indentation per level.
  return deepestFlow * 2 >= deepestIndent ? deepestFlowAt : deepestLine;
}
