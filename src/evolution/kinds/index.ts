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

export type { KindInfo };
