// regex-invalid, cidr-invalid, cidr-host-bits, prefix-empty: each pattern rule's pattern must be usable as its type.

import ipaddr from 'ipaddr.js';
import type { Contract } from '../../core/contract.js';
import type { Finding } from '../../core/finding.js';
import { boundedMemo } from '../../core/memo.js';
import { defineRules } from '../../core/rule.js';
import { report, show } from '../context.js';
import { regexError } from '../regex.js';
import { checkRedos } from './redos.js';
import { entries } from './shape.js';

export const rules = defineRules({
  regexInvalid: {
    id: 'regex-invalid',
    raisedBy: () => checkPatternRules,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'A regex pattern rule compiles as an ECMAScript regular expression in unicode mode.',
    doc:
      'Patterns are checked with the `u` flag - the strict grammar also used for JSON Schema `pattern` - so that a ' +
      'pattern means the same thing wherever it runs. Besides plain mistakes (an unclosed group or class, a ' +
      'quantifier with nothing before it, an invalid escape), this rejects legacy leniencies such as `\\-` or `\\_` ' +
      'outside a character class, a lone `{` or `]`, and `\\1` without a group; the message says when only the ' +
      'legacy grammar would accept the pattern.',
    fix: 'Correct the regular expression; escape only syntax characters ( ^ $ \\ . * + ? ( ) [ ] { } | / ).',
  },
  cidrInvalid: {
    id: 'cidr-invalid',
    raisedBy: () => checkPatternRules,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'A cidr pattern rule is an IPv4 or IPv6 range such as 10.0.0.0/8 or 2001:db8::/32.',
    doc:
      'A `cidr` pattern is an address, a slash and a prefix length that fits the address family: at most 32 for IPv4 ' +
      'and 128 for IPv6. IPv4 addresses must be written as four decimal parts; shorthand such as `10/8` or hexadecimal ' +
      'parts are read differently by different parsers.',
    fix: 'Write the range as ADDRESS/LENGTH, e.g. 10.0.0.0/8 (IPv4, length 0-32) or 2001:db8::/32 (IPv6, length 0-128).',
  },
  cidrHostBits: {
    id: 'cidr-host-bits',
    raisedBy: () => checkPatternRules,
    test: 'test/lint/filter.test.ts',
    severity: 'warning',
    summary: 'A cidr pattern rule names its network address: no bits set past the prefix length.',
    doc:
      'In `10.0.0.1/8` the address has bits set that the prefix length discards: the range is 10.0.0.0/8, all 16 million ' +
      'addresses, though the text reads like one host. Such a range is usually a typo for a longer prefix (`/32`) or a ' +
      'copied host address; some platforms refuse it, others widen it silently.',
    fix: 'Write the network address (e.g. 10.0.0.0/8), or the prefix length you meant (e.g. 10.0.0.1/32 for one host).',
  },
  prefixEmpty: {
    id: 'prefix-empty',
    raisedBy: () => checkPatternRules,
    test: 'test/lint/filter.test.ts',
    severity: 'error',
    summary: 'A prefix pattern rule has a non-empty prefix.',
    doc:
      'Every string starts with the empty prefix, so an empty (or blank) `prefix` pattern matches every event and the ' +
      'rule silently stops filtering. It is almost always a value that was left out or lost in templating.',
    fix: 'Set `pattern` to the prefix the field must start with, or remove the rule.',
  },
});

export function checkPatternRules(contract: Contract): Finding[] {
  const out: Finding[] = [];
  for (const [rule, i] of entries(contract.doc, 'pattern_rules')) {
    const p = rule.pattern;
    if (typeof p !== 'string') continue; // filter-invalid reports a missing or non-string pattern
    const at = ['pattern_rules', i, 'pattern'];
    if (rule.type === 'regex') {
      const error = regexError(p);
      if (error) out.push(report(rules.regexInvalid, contract, at, `regex ${show(p)} does not compile: ${error}`));
      else out.push(...checkRedos(contract, p, at));
    } else if (rule.type === 'cidr') {
      const why = cidrProblem(p);
      if (why) out.push(report(rules.cidrInvalid, contract, at, `cidr ${show(p)} is not a valid IP range: ${why}`));
      else {
        const network = hostBitsSet(p);
        if (network)
          out.push(
            report(rules.cidrHostBits, contract, at, `cidr ${show(p)} has host bits set: it is the range ${network}`),
          );
      }
    } else if (rule.type === 'prefix' && p.trim() === '') {
      out.push(
        report(
          rules.prefixEmpty,
          contract,
          at,
          p === ''
            ? 'prefix is empty: the rule would match every event'
            : 'prefix is blank (whitespace only): almost certainly a value that was left out',
        ),
      );
    }
  }
  return out;
}

// Filters repeat the same few ranges.
const cidrVerdicts = new Map<string, string | null>();
const MAX_CACHED_RANGES = 10_000;

function cidrProblem(p: string): string | null {
  return boundedMemo(cidrVerdicts, p, MAX_CACHED_RANGES, parseProblem);
}

/**
 * ipaddr.js's class for the family `addr` is written in (only IPv6 has colons). Its generic
 * parseCIDR tries IPv6 first, which compiles IPv6's regexes (about 8 ms) even for IPv4 ranges.
 */
const family = (addr: string): typeof ipaddr.IPv4 | typeof ipaddr.IPv6 =>
  addr.includes(':') ? ipaddr.IPv6 : ipaddr.IPv4;

/** The network the range really is (`10.0.0.0/8` for `10.0.0.1/8`), when the address is not it. p parses. */
function hostBitsSet(p: string): string | undefined {
  const ip = family(p.slice(0, p.indexOf('/')));
  const [addr, length] = ip.parseCIDR(p);
  const network = ip.networkAddressFromCIDR(p);
  return network.toString() === addr.toString() ? undefined : `${network.toString()}/${length}`;
}

function parseProblem(p: string): string | null {
  const slash = p.indexOf('/');
  if (slash < 0) return 'missing /LENGTH (e.g. 10.0.0.0/8)';
  const addr = p.slice(0, slash);
  const length = p.slice(slash + 1);
  if (!/^\d{1,3}$/.test(length)) return `prefix length ${show(length)} is not a number`;
  if (ipaddr.IPv4.isValid(addr) && !ipaddr.IPv4.isValidFourPartDecimal(addr))
    return 'write the IPv4 address as four decimal parts (a.b.c.d)';
  try {
    family(addr).parseCIDR(p);
    return null;
  } catch {
    const max = addr.includes(':') ? 128 : 32;
    if (family(addr).isValid(addr) && Number(length) > max)
      return `prefix length ${length} exceeds ${max} for ${max === 32 ? 'IPv4' : 'IPv6'}`;
    return `${show(addr)} is not an IP address`;
  }
}
