// Where docs/cxone-api.md is silent, real platforms may answer differently. The emulator
// implements each plausible reading behind a switch, and the product's drift and deploy tests
// run against every named variant below, so no test passes only because of one of our choices.

import type { AuditEntry } from './types.js';

/**
 * How an audit entry names what it is about (the contract guarantees only
 * `{timestamp, actor, action, filter_id, ...}`):
 * - `entity`: `entity_kind`, `entity_id`, `entity_name`, `source` (api | console);
 * - `resource`: `resource_type`, `resource_id`, `resource_name`, actions in upper case;
 * - `flat`: the contract's fields only, plus `schema_id` and `title` on schema entries and
 *   `group_id` on group entries.
 * Group entries carry `filter_ids` (the membership after the change) in every shape.
 * Tests may also give a function: any shape a platform might choose, from the emulator's record.
 */
export type AuditShape = 'entity' | 'resource' | 'flat' | ((entry: AuditEntry) => Record<string, unknown>);

export interface PlatformVariant {
  auditShape: AuditShape;
  /** Status changes of a filter are audit entries of their own (actor `platform`). */
  lifecycleAudit: boolean;
  /** The last page of a listing: `next_cursor: null`, or no `next_cursor` at all. */
  lastPageCursor: 'null' | 'absent';
  /** A stale If-Match on a filter PUT: always 409, always 412, or either (fixed per filter id). */
  staleFilterStatus: 409 | 412 | 'by-id';
  /** How long a created or updated filter stays DRAFT before PENDING_ACTIVATION (0: no DRAFT step). */
  draftMs: number;
  /** Error bodies: `{message, code, details}`, or `{message}` alone (the contract: "fields may be missing"). */
  errorBody: 'full' | 'message';
  /** Filters carry `created_at` and `updated_at` (fields the contract does not list). */
  filterTimestamps: boolean;
}

export const REFERENCE_VARIANT: PlatformVariant = {
  auditShape: 'entity',
  lifecycleAudit: false,
  lastPageCursor: 'null',
  staleFilterStatus: 'by-id',
  draftMs: 0,
  errorBody: 'full',
  filterTimestamps: false,
};

/** The variants the tests run against: every switch takes each of its values in one of them. */
export const VARIANTS: Readonly<Record<string, PlatformVariant>> = {
  reference: REFERENCE_VARIANT,
  'resource-draft': {
    auditShape: 'resource',
    lifecycleAudit: true,
    lastPageCursor: 'absent',
    staleFilterStatus: 409,
    draftMs: 25,
    errorBody: 'full',
    filterTimestamps: true,
  },
  'flat-terse': {
    auditShape: 'flat',
    lifecycleAudit: true,
    lastPageCursor: 'null',
    staleFilterStatus: 412,
    draftMs: 0,
    errorBody: 'message',
    filterTimestamps: false,
  },
};

/** A named variant, or a partial one over the reference. */
export function resolveVariant(v: string | Partial<PlatformVariant> | undefined): PlatformVariant {
  if (v === undefined) return REFERENCE_VARIANT;
  if (typeof v === 'string') {
    const named = VARIANTS[v];
    if (!named) throw new Error(`unknown emulator variant "${v}" (known: ${Object.keys(VARIANTS).join(', ')})`);
    return named;
  }
  return { ...REFERENCE_VARIANT, ...v };
}
