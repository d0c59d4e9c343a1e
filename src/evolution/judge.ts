// Turn changes into findings under a policy: the verdict comes from the table in ./policy.ts.

import type { Finding } from '../core/finding.js';
import { parsePointer } from '../core/pointer.js';
import { finding } from '../core/rule.js';
import type { Policy } from '../settings/types.js';
import type { Change } from './change.js';
import { verdict } from './policy.js';
import { evolutionRules } from './rules.js';

export interface JudgeContext {
  file: string;
  contract: string;
  policy: Policy;
}

export function judgeChanges(changes: Change[], ctx: JudgeContext): Finding[] {
  const out: Finding[] = [];
  for (const change of changes) {
    const v = verdict(change.kind, ctx.policy);
    if (v === 'ok') continue;
    const f = finding(evolutionRules[change.kind], {
      message: describe(change),
      file: ctx.file,
      pointer: change.pointer,
      contract: ctx.contract,
    });
    f.severity = v === 'breaking' ? 'error' : 'notice';
    if (v === 'breaking') f.breaking = true;
    out.push(f);
  }
  return out;
}

function describe(c: Change): string {
  const name = propertyPath(c.pointer);
  switch (c.kind) {
    case 'property-removed':
      return `property "${name}" was removed; live events carrying it will be rejected`;
    case 'deprecated-property-removed':
      return `deprecated property "${name}" was removed`;
    case 'required-removed':
      return `"${String(c.old)}" is no longer required${name ? ` in "${name}"` : ''}; consumers relying on it will break`;
    case 'type-changed':
      return `type of "${name}" changed from ${JSON.stringify(c.old)} to ${JSON.stringify(c.new)}`;
  }
}

/** `/properties/customer/properties/tier/type` -> `customer.tier`: the names after each `properties`. */
function propertyPath(pointer: string): string {
  const tokens = parsePointer(pointer);
  const names: string[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] === 'properties') names.push(tokens[++i]!);
  }
  return names.join('.');
}
