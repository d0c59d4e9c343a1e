// One file's bytes -> a Contract, or the findings that explain why there is none. Pure and
// synchronous: loadContracts does the I/O, tests and `diff` call this directly.

import path from 'node:path';
import type { Contract, ContractKind } from '../core/contract.js';
import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';
import { resolveLimits, type ParseLimits } from './limits.js';
import { createLocator, indexEvents } from './locate.js';
import { positionAt } from '../core/position.js';
import { tooLarge } from './read.js';
import { decodeText } from './text.js';
import { loadYaml } from './yaml-load.js';

export const shapeRules = defineRules({
  notAMapping: {
    id: 'not-a-mapping',
    raisedBy: () => parseContract,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'error',
    summary: 'The document is not a mapping (key: value pairs).',
    doc:
      'An event schema is a JSON Schema object and a filter is an object with `name`, `matchers` and ' +
      'so on; both must be a YAML mapping at the top level. A list, a single string or number, or ' +
      '`null` at the top is not a contract, often the result of a stray `-` or a wrong indentation ' +
      'of the first line.',
    fix: 'Make the top level of the file a mapping, e.g. `title: ...` / `type: object` for a schema.',
  },
});

export interface ParseResult {
  contract?: Contract;
  findings: Finding[];
  /** YAML nodes parsed: what the file cost (0 when it was not parsed). */
  nodes?: number;
}

export interface ParseOptions {
  /**
   * Accept `true`/`false` as the whole document: valid JSON Schemas, which `diff` compares
   * (contract files stay mappings).
   */
  booleanSchema?: boolean;
}

export function parseContract(
  kind: ContractKind,
  file: string,
  bytes: Uint8Array,
  limits?: Partial<ParseLimits>,
  options: ParseOptions = {},
): ParseResult {
  const lim = resolveLimits(limits);
  if (bytes.length > lim.maxFileBytes) return { findings: [tooLarge(file, bytes.length, lim.maxFileBytes)] };

  const decoded = decodeText(file, bytes);
  const findings = decoded.findings;
  const text = decoded.text;
  if (text === undefined) return { findings };

  const loaded = loadYaml(file, text, lim);
  const nodes = loaded.nodes;
  findings.push(...loaded.findings);
  if (loaded.findings.length > 0) return { findings, nodes };

  const value = loaded.value;
  const booleanSchema = options.booleanSchema === true && kind === 'schema' && typeof value === 'boolean';
  if (!isPlainMapping(value) && !booleanSchema) {
    const offset = loaded.root?.rootOffset ?? 0;
    findings.push(
      finding(shapeRules.notAMapping, {
        file,
        ...positionAt(text, Math.max(0, offset)),
        message: `the top level of a ${kind} file must be a mapping (key: value pairs), but it is ${describeValue(value)}`,
      }),
    );
    return { findings, nodes };
  }

  const name = contractName(kind, file, isPlainMapping(value) ? value : {});
  for (const f of findings) f.contract = name; // e.g. file-bom: the contract is still usable
  // Indexed now, from the events in hand: locating a finding later would otherwise parse the text again.
  const locate = createLocator(text, lim.maxDepth, loaded.events && indexEvents(loaded.events, text));
  // A boolean schema is carried as the document itself: the engine reads `true`/`false` as schemas.
  return { contract: { kind, name, file, doc: value as Record<string, unknown>, locate }, findings, nodes };
}

function isPlainMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)})`;
  return `a ${typeof v} (${String(v)})`;
}

/**
 * The contract's identity: its title or name exactly as written, since the platform finds the live
 * item by it (a blank filter name such as " " is one the platform accepts); the file's stem only
 * when there is none.
 */
export function contractName(kind: ContractKind, file: string, doc: Record<string, unknown>): string {
  const own = kind === 'schema' ? doc['title'] : doc['name'];
  if (typeof own === 'string' && own !== '') return own;
  const base = path.posix.basename(file);
  const ext = path.posix.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}
