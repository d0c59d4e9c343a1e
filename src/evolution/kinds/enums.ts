// Change kinds of the enums keyword family (see ../families/enums.ts). `const` arrives as a
// one-value `enum`, so these kinds cover it too.

import { defineKinds } from './kind.js';
import { compareEnums } from '../families/enums.js';

const TYPE_NOTE =
  'Values are compared by content (object key order is irrelevant). Values of a JSON type that one of the two schemas does not allow are left out of the comparison: the change of `type` reports them.';

export const enumsKinds = defineKinds({
  'enum-added': {
    raisedBy: () => compareEnums,
    test: 'test/evolution/families/enums.test.ts',
    backward: false,
    forward: true,
    summary: 'An enum (or const) was added: live values outside the listed ones are now rejected.',
    example: { old: { type: 'string' }, new: { type: 'string', enum: ['gold', 'silver'] } },
    fix: 'List every value producers have ever sent, or describe the expected values in `description` instead.',
  },
  'enum-removed': {
    raisedBy: () => compareEnums,
    test: 'test/evolution/families/enums.test.ts',
    backward: true,
    forward: false,
    summary:
      'The enum (or const) was removed: any value is now accepted, which consumers on the old schema may reject.',
    example: { old: { type: 'string', enum: ['gold', 'silver'] }, new: { type: 'string' } },
    fix: 'Safe for existing events; check that consumers handle values outside the old list.',
  },
  'enum-extended': {
    raisedBy: () => compareEnums,
    test: 'test/evolution/families/enums.test.ts',
    backward: true,
    forward: false,
    summary:
      'Values were added to the enum: every live value stays valid, but consumers on the old schema may reject the new ones.',
    example: {
      old: { type: 'string', enum: ['gold', 'silver'] },
      new: { type: 'string', enum: ['gold', 'silver', 'bronze'] },
    },
    fix: 'Safe for existing events; make sure consumers handle the new values (no exhaustive switch without a default).',
    note: TYPE_NOTE,
  },
  'enum-narrowed': {
    raisedBy: () => compareEnums,
    test: 'test/evolution/families/enums.test.ts',
    backward: false,
    forward: true,
    summary: 'Values were removed from the enum: live events carrying them are now rejected.',
    example: {
      old: { type: 'string', enum: ['gold', 'silver', 'bronze'] },
      new: { type: 'string', enum: ['gold', 'silver'] },
    },
    fix: 'Keep the removed values (mark them deprecated in `description`) until no live event carries them.',
    note: TYPE_NOTE,
  },
  'enum-changed': {
    raisedBy: () => compareEnums,
    test: 'test/evolution/families/enums.test.ts',
    backward: false,
    forward: false,
    summary: 'Values were both removed from and added to the enum (or the const changed).',
    example: { old: { type: 'string', enum: ['gold', 'silver'] }, new: { type: 'string', enum: ['gold', 'platinum'] } },
    fix: 'Only add values: keep the removed ones until no live event carries them.',
    note: TYPE_NOTE,
  },
});
