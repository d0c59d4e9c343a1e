// What the deploy tests share: contracts built from documents, and lookups in the emulator's state.

import type { Contract } from '../../../src/core/contract.js';
import type { Emulator } from '../../../src/emulator/index.js';

export function contract(kind: 'schema' | 'filter', doc: Record<string, unknown>): Contract {
  const name = String(kind === 'schema' ? doc.title : doc.name);
  return { kind, name, file: `cxone/${kind}s/${name}.yaml`, doc, locate: () => ({ line: 1, column: 1 }) };
}

export const liveSchema = (em: Emulator, title: string) => [...em.state.schemas.values()].find((s) => s.doc.title === title);
export const liveFilter = (em: Emulator, name: string) => [...em.state.filters.values()].find((f) => f.doc.name === name);
