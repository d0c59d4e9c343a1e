// Every change kind the engine can emit, with its compatibility: the table the policies read and
// docs/rules.md is generated from. Each family of keywords keeps its kinds in its own file.

import { arraysKinds } from './arrays.js';
import { combinatorsKinds } from './combinators.js';
import { enumsKinds } from './enums.js';
import { generalKinds } from './general.js';
import type { KindInfo } from './kind.js';
import { numbersKinds } from './numbers.js';
import { objectsKinds } from './objects.js';
import { platformKinds } from './platform.js';
import { stringsKinds } from './strings.js';

export const KINDS = {
  ...generalKinds,
  ...objectsKinds,
  ...arraysKinds,
  ...stringsKinds,
  ...numbersKinds,
  ...enumsKinds,
  ...combinatorsKinds,
  ...platformKinds,
} satisfies Record<string, KindInfo>;

export type ChangeKind = keyof typeof KINDS;

/** Where each kind is defined, for the rule registry (a rule id leads to its file in one step). */
export const KIND_SOURCES: { source: string; kinds: Record<string, KindInfo> }[] = [
  { source: 'src/evolution/kinds/general.ts', kinds: generalKinds },
  { source: 'src/evolution/kinds/objects.ts', kinds: objectsKinds },
  { source: 'src/evolution/kinds/arrays.ts', kinds: arraysKinds },
  { source: 'src/evolution/kinds/strings.ts', kinds: stringsKinds },
  { source: 'src/evolution/kinds/numbers.ts', kinds: numbersKinds },
  { source: 'src/evolution/kinds/enums.ts', kinds: enumsKinds },
  { source: 'src/evolution/kinds/combinators.ts', kinds: combinatorsKinds },
  { source: 'src/evolution/kinds/platform.ts', kinds: platformKinds },
];
export type { KindInfo };
