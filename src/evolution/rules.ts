// Every change kind is a rule (its id is the kind): the registry and docs/rules.md list them with
// their verdict under each policy. The facts stay in ./kinds/; the Rule is built from them here.

import type { Rule } from '../core/rule.js';
import { POLICIES } from '../settings/types.js';
import { KINDS, type ChangeKind } from './kinds/index.js';
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
    raisedBy: info.raisedBy,
    test: info.test,
  };
}

/** Every change kind as a rule, in the order of KINDS. */
export function kindRules(): Rule[] {
  return (Object.keys(KINDS) as ChangeKind[]).map(kindRule);
}
