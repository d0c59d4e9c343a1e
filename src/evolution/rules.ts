// Every change kind is a rule (its id is the kind): the registry and docs/rules.md list them with
// their verdict under each policy. Findings of these rules are raised in ./judge.ts.

import type { Rule } from '../core/rule.js';
import { POLICIES } from '../settings/types.js';
import { KIND_SOURCES, KINDS, type ChangeKind } from './kinds/index.js';
import { kindVerdict } from './policy.js';

export function kindRule(kind: ChangeKind): Rule {
  const info = KINDS[kind];
  const verdicts = POLICIES.map((p) => `${p}: ${kindVerdict(kind, p)}`).join(', ');
  return {
    id: kind,
    severity: kindVerdict(kind, 'additive') === 'notice' ? 'notice' : 'error',
    summary: info.summary,
    doc:
      `Backward compatible (old events stay valid): ${info.backward ? 'yes' : 'no'}. ` +
      `Forward compatible (new events valid under the old schema): ${info.forward ? 'yes' : 'no'}. ` +
      `Verdict per policy — ${verdicts}. Example: ${JSON.stringify(info.example.old)} → ${JSON.stringify(info.example.new)}.` +
      ('note' in info && info.note ? ` ${info.note}` : ''),
    fix: info.fix,
  };
}

/** One rule source per kinds file; the kinds are raised in ./families/, ./platform.ts and ./judge.ts. */
export const evolutionRuleSources = KIND_SOURCES.map(({ source, kinds }) => ({
  source,
  rules: (Object.keys(kinds) as ChangeKind[]).map(kindRule),
}));
