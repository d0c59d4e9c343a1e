// A realistic report of a check run over examples/ (8 schemas, 7 filters), for the reporter tests.

import type { Finding } from '../../src/core/finding.js';
import type { Report } from '../../src/core/report.js';

export function breakingFinding(): Finding {
  return {
    rule: 'type-changed',
    severity: 'error',
    message: '`duration_seconds` changed type from integer to string: events with a number no longer validate',
    file: 'cxone/schemas/interaction-ended.yaml',
    pointer: '/properties/interaction/properties/duration_seconds/type',
    line: 30,
    column: 17,
    contract: 'InteractionEnded',
    help: 'Add a new property with the new type and deprecate the old one.',
    breaking: true,
    witness: { interaction: { id: 'int-1', duration_seconds: 0 } },
  };
}

export function realisticReport(): Report {
  const findings: Finding[] = [
    breakingFinding(),
    {
      rule: 'regex-unanchored',
      severity: 'warning',
      message: 'pattern "skill_.*" is not anchored; add ^ and $',
      file: 'cxone/filters/premium-voice-routing.yaml',
      pointer: '/pattern_rules/0/pattern',
      line: 18,
      column: 14,
      contract: 'premium_voice_routing',
      help: 'Anchor the pattern.',
    },
    {
      rule: 'version-not-bumped',
      severity: 'notice',
      message: 'description changed but cxoneVersion stayed 1.0.0',
      file: 'cxone/schemas/call-connected.yaml',
      pointer: '/cxoneVersion',
      line: 5,
      column: 15,
      contract: 'CallConnected',
    },
    {
      rule: 'filter-dead',
      severity: 'warning',
      message: 'matched no events in the last 7 days',
      file: 'cxone/filters/sms-opt-out.yaml',
      pointer: '',
      line: 0,
      column: 0,
      contract: 'sms_opt_out',
      suppressed: { reason: 'seasonal campaign' },
    },
  ];
  return {
    tool: { name: 'cxone-contract', version: '0.1.0' },
    mode: 'check',
    policy: 'additive',
    failOn: 'error',
    baseline: 'export:examples/registry-export.json',
    counts: { errors: 1, warnings: 1, notices: 1, breaking: 1, files: 15, schemas: 8, filters: 7, suppressed: 1 },
    plan: [
      {
        kind: 'schema',
        name: 'AgentStateChanged',
        file: 'cxone/schemas/agent-state-changed.yaml',
        action: 'unchanged',
        version: '1.1.0',
        liveVersion: '1.1.0',
        etag: 'W/"e1"',
        reasons: [],
      },
      {
        kind: 'schema',
        name: 'CallTransferred',
        file: 'cxone/schemas/call-transferred.yaml',
        action: 'create',
        version: '1.0.0',
        reasons: [],
      },
      {
        kind: 'schema',
        name: 'OrderPlaced',
        file: 'cxone/schemas/order-placed.yaml',
        action: 'update',
        version: '1.3.0',
        liveVersion: '1.2.0',
        etag: 'W/"e7"',
        reasons: [],
      },
      {
        kind: 'schema',
        name: 'InteractionEnded',
        file: 'cxone/schemas/interaction-ended.yaml',
        action: 'blocked',
        version: '3.0.0',
        liveVersion: '2.1.0',
        etag: 'W/"e4"',
        reasons: ['type-changed: `duration_seconds` changed type from integer to string'],
      },
      {
        kind: 'filter',
        name: 'sms_opt_out',
        file: 'cxone/filters/sms-opt-out.yaml',
        action: 'unchanged',
        etag: 'W/"f3"',
        reasons: [],
      },
    ],
    findings,
    failed: true,
  };
}
