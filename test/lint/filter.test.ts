import { describe, expect, it } from 'vitest';
import { lintContracts } from '../../src/lint/index.js';
import { contract, ofRule, summary, validFilter } from './helpers.js';

const lint = (doc: Record<string, unknown>) => lintContracts([contract('filter', doc)]);

const filter = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'f',
  channel: 'chat',
  matchers: [{ attribute: 'a', operator: 'equals', value: 'x' }],
  target_group_id: 'g',
  ...extra,
});
const matcher = (operator: unknown, value: unknown) => filter({ matchers: [{ attribute: 'a', operator, value }] });
const rule = (type: unknown, pattern: unknown) => filter({ pattern_rules: [{ type, field: 'a', pattern }] });

describe('filter-invalid', () => {
  it('reports a missing required key on the document', () => {
    const doc = filter();
    delete doc.channel;
    const findings = lint(doc);
    expect(summary(findings)).toEqual([{ rule: 'filter-invalid', severity: 'error', pointer: '' }]);
    expect(findings[0]!.message).toContain("'channel'");
  });

  it('takes what the platform holds: no matchers, no group, or a null group', () => {
    const doc = filter({ target_group_id: null });
    delete doc.matchers;
    expect(lint(doc)).toEqual([]);
    const bare = filter();
    delete bare.matchers;
    delete bare.target_group_id;
    expect(lint(bare)).toEqual([]);
  });

  it('reports an unknown key on the key, and pairs a misspelling with the missing key', () => {
    const findings = lint(filter({ matchers: [{ atribute: 'a', operator: 'equals', value: 1 }], owner: 'me' }));
    expect(summary(findings).sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual([
      { rule: 'filter-invalid', severity: 'error', pointer: '/matchers/0/atribute' },
      { rule: 'filter-invalid', severity: 'error', pointer: '/owner' },
    ]);
    expect(findings.find((f) => f.pointer === '/matchers/0/atribute')!.message).toContain('did you mean "attribute"?');
  });

  it('says nothing that a specific rule already said', () => {
    const findings = lint(
      filter({
        channel: 'fax',
        matchers: [
          { attribute: 'a', operator: 'eq', value: 1 },
          { attribute: 'a', operator: 'in', value: {} },
        ],
        pattern_rules: [{ type: 'glob', field: 'a', pattern: '*' }],
      }),
    );
    expect(ofRule(findings, 'filter-invalid')).toEqual([]);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'operator-value-type',
      'unknown-channel',
      'unknown-operator',
      'unknown-pattern-type',
    ]);
  });

  it('accepts the fixture', () => {
    expect(lint(validFilter())).toEqual([]);
  });
});

describe('unknown-channel', () => {
  it('reports a channel outside the five, suggesting the intended one', () => {
    const findings = lint(filter({ channel: 'Voice' }));
    expect(summary(findings)).toEqual([{ rule: 'unknown-channel', severity: 'error', pointer: '/channel' }]);
    expect(findings[0]!.message).toContain('did you mean "voice"?');
  });

  it.each(['voice', 'chat', 'email', 'sms', 'web'])('accepts %s', (channel) => {
    expect(lint(filter({ channel }))).toEqual([]);
  });
});

describe('unknown-operator', () => {
  it('reports an operator outside the six, with the usual spelling', () => {
    const findings = lint(matcher('gt', 3));
    expect(summary(findings)).toEqual([
      { rule: 'unknown-operator', severity: 'error', pointer: '/matchers/0/operator' },
    ]);
    expect(findings[0]!.message).toContain('did you mean "greater_than"?');
  });

  it('accepts the six operators with fitting values', () => {
    for (const [op, value] of [
      ['equals', 'x'],
      ['not_equals', 1],
      ['greater_than', 1],
      ['less_than', 2.5],
      ['contains', 'x'],
      ['in', ['a', 'b']],
    ] as const) {
      expect(lint(matcher(op, value))).toEqual([]);
    }
  });
});

describe('unknown-pattern-type', () => {
  it('reports a pattern type outside regex, cidr, prefix', () => {
    expect(summary(lint(rule('glob', 'a*')))).toEqual([
      { rule: 'unknown-pattern-type', severity: 'error', pointer: '/pattern_rules/0/type' },
    ]);
  });
});

describe('operator-value-type', () => {
  it('greater_than with "platinum" needs a number', () => {
    const findings = lint(matcher('greater_than', 'platinum'));
    expect(summary(findings)).toEqual([
      { rule: 'operator-value-type', severity: 'error', pointer: '/matchers/0/value' },
    ]);
    expect(findings[0]!.message).toContain('needs a number');
  });

  it('suggests dropping the quotes of a numeric string', () => {
    expect(lint(matcher('less_than', '300'))[0]!.message).toContain('write 300 without quotes');
  });

  it.each([
    ['in', []],
    ['in', 'gold'],
    ['equals', ['a', 'b']],
    ['contains', { a: 1 }],
    ['not_equals', null],
  ])('%s with %j', (op, value) => {
    expect(summary(lint(matcher(op, value)))).toEqual([
      { rule: 'operator-value-type', severity: 'error', pointer: '/matchers/0/value' },
    ]);
  });
});

describe('regex-invalid', () => {
  it('reports a regex that does not compile', () => {
    const findings = lint(rule('regex', '^(skill_[0-9]+$'));
    expect(summary(findings)).toEqual([
      { rule: 'regex-invalid', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain('Unterminated group');
  });

  it('uses the unicode grammar, and says when only the legacy grammar accepts a pattern', () => {
    const findings = lint(rule('regex', '^skill\\-42$'));
    expect(summary(findings)).toEqual([
      { rule: 'regex-invalid', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain('legacy non-unicode grammar');
  });

  it('accepts a valid regex', () => {
    expect(lint(rule('regex', '^skill-42_[a-z\\-]+\\.\\d{2}$'))).toEqual([]);
  });
});

describe('regex-redos', () => {
  it('reports ^(a+)+$ with the complexity and an attack string', () => {
    const findings = lint(rule('regex', '^(a+)+$'));
    expect(summary(findings)).toEqual([
      { rule: 'regex-redos', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain('exponential');
    expect(findings[0]!.message).toContain("'a'.repeat(");
  });
});

describe('cidr-invalid', () => {
  it.each([
    ['10.0.0.0/33', 'exceeds 32'],
    ['fe80::/129', 'exceeds 128'],
    ['10.0.0.0', 'missing /LENGTH'],
    ['10.1/8', 'four decimal parts'],
    ['300.0.0.0/8', 'not an IP address'],
    ['10.0.0.0/x', 'not a number'],
  ])('reports %s', (cidr, reason) => {
    const findings = lint(rule('cidr', cidr));
    expect(summary(findings)).toEqual([
      { rule: 'cidr-invalid', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain(reason);
  });

  it.each(['10.0.0.0/8', '192.168.1.0/24', '0.0.0.0/0', '2001:db8::/32', '::1/128'])('accepts %s', (cidr) => {
    expect(lint(rule('cidr', cidr))).toEqual([]);
  });
});

describe('cidr-host-bits', () => {
  it.each([
    ['10.0.0.1/8', '10.0.0.0/8'],
    ['192.168.1.77/24', '192.168.1.0/24'],
    ['2001:db8::1/32', '2001:db8::/32'],
  ])('warns on %s: it is the range %s', (cidr, network) => {
    const findings = lint(rule('cidr', cidr));
    expect(summary(findings)).toEqual([
      { rule: 'cidr-host-bits', severity: 'warning', pointer: '/pattern_rules/0/pattern' },
    ]);
    expect(findings[0]!.message).toContain(`it is the range ${network}`);
  });

  it('a host written as /32 or /128 is fine', () => {
    expect(lint(rule('cidr', '10.0.0.1/32'))).toEqual([]);
    expect(lint(rule('cidr', '2001:db8::1/128'))).toEqual([]);
  });
});

describe('prefix-empty', () => {
  it.each(['', '   '])('reports %j', (prefix) => {
    expect(summary(lint(rule('prefix', prefix)))).toEqual([
      { rule: 'prefix-empty', severity: 'error', pointer: '/pattern_rules/0/pattern' },
    ]);
  });

  it('accepts a prefix', () => {
    expect(lint(rule('prefix', 'retention-'))).toEqual([]);
  });
});
