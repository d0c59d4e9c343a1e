// From a target's steps to events: the instance locations (levels) on the way to the changed
// node, the schemas that apply at each, and a skeleton event — a small valid container at every
// level, built bottom-up — into which candidate values are put. Iterative throughout: a target
// 5,000 levels down costs 5,000 small steps, never 5,000 stack frames.

import { escapeToken } from '../../core/pointer.js';
import { NONE, ValueGen, freshKeys } from './generate.js';
import type { Step, Target } from './locate.js';
import { patternSamples } from './regex.js';
import { isDeclared, isObj, itemSchemas, propertySchemas, setOwn, type Obj } from './schema.js';

/** How a level hangs off the one above: a member name, an element index, or "a member's name" (propertyNames). */
/** `every`: under `contains`, every element is the value (`index` is where the skeleton built it). */
export type Via = { key: string } | { index: number; every?: boolean } | { keyName: true };

export interface Level {
  /** Schemas that apply to the value at this location. */
  nodes: unknown[];
  via?: Via;
  /** Member names the object here must have (the path went through their `dependencies`). */
  requireKeys: string[];
  /** The path passed a `not` at or above this location: its schemas are not constraints. */
  negated: boolean;
}

/** Marker of a candidate that removes the member instead of setting it. */
export const ABSENT: unique symbol = Symbol('absent');

export class Plan {
  readonly levels: Level[] = [];
  readonly gen: ValueGen;
  /** Container at each level (all but the last), holding the base value of the level below. */
  private readonly spine: unknown[] = [];
  /** Base value at the target location. */
  base: unknown = NONE;

  constructor(
    readonly root: unknown,
    target: Target,
  ) {
    const forced = new Map<object, number>();
    this.gen = new ValueGen(root, forced);
    this.levels.push({ nodes: [root], requireKeys: [], negated: false });
    for (const step of target.steps) this.apply(step, forced);
  }

  get depth(): number {
    return this.levels.length - 1;
  }

  /** Instance pointer of level `at` ('' for the event itself; a member-name level is its object's). */
  location(at = this.depth): string {
    let out = '';
    for (let j = 1; j <= at; j++) {
      const via = this.levels[j]!.via!;
      if ('key' in via) out += '/' + escapeToken(via.key);
      else if ('index' in via) out += '/' + via.index;
    }
    return out;
  }

  private apply(step: Step, forced: Map<object, number>): void {
    const level = this.levels[this.levels.length - 1]!;
    const add = (...nodes: unknown[]) => {
      if (level.negated) return;
      for (const n of nodes) if (n !== undefined && !level.nodes.includes(n)) level.nodes.push(n);
    };
    switch (step.t) {
      case 'same':
        if (step.via === 'not') level.negated = true;
        else if (step.via === 'then') add(step.owner.if, step.node);
        else if (step.via === 'else') add({ not: step.owner.if }, step.node);
        else if (step.via === 'dependency') {
          if (!level.negated && step.key !== undefined) level.requireKeys.push(step.key);
          add(step.node);
        } else if (step.via !== 'if') add(step.node);
        return;
      case 'branch':
        // (a recursive schema can pass the same oneOf twice: the first choice, nearer the root, stays)
        if (!level.negated && !forced.has(step.arr)) forced.set(step.arr, step.index);
        add(step.node);
        return;
    }
    const parent = this.gen.flatten(level.nodes)?.conj ?? [];
    let via: Via;
    let nodes: unknown[];
    switch (step.t) {
      case 'key':
        via = { key: step.key };
        nodes = propertySchemas(parent, step.key);
        break;
      case 'patternKey': {
        const key =
          patternSamples(step.pattern, [3]).find(
            (k) => !parent.some((c) => isObj(c.properties) && Object.hasOwn(c.properties, k)),
          ) ?? 'key';
        via = { key };
        nodes = propertySchemas(parent, key);
        break;
      }
      case 'extraKey': {
        const key = freshKeys(parent, 1, true)[0] ?? 'extra';
        via = { key };
        nodes = isDeclared(parent, key) ? [] : propertySchemas(parent, key);
        break;
      }
      case 'keyName':
        via = { keyName: true };
        nodes = parent.map((c) => c.propertyNames).filter((x) => x !== undefined);
        break;
      case 'item': {
        const index = step.index === 'contains' ? 0 : step.index;
        // Under `contains`, every item stands for the one the change is about (any other item could satisfy it).
        via = step.index === 'contains' ? { index, every: true } : { index };
        nodes = itemSchemas(parent, index);
        break;
      }
    }
    if (!level.negated && step.node !== undefined && !nodes.includes(step.node)) nodes.push(step.node);
    this.levels.push({ nodes, via, requireKeys: [], negated: level.negated });
  }

  /** Build the skeleton: a base value at the target, then a container around it at each level up. */
  build(): void {
    const last = this.levels[this.depth]!;
    if (last.via && 'keyName' in last.via)
      this.base = this.gen.values(last.nodes, { types: ['string'] }, 1)[0] ?? 'key_name';
    else this.base = this.gen.value(last.nodes, last.requireKeys.length > 0 ? { requireKeys: last.requireKeys } : {});
    let child: unknown = this.base === NONE ? null : this.base;
    for (let j = this.depth - 1; j >= 0; j--) {
      const level = this.levels[j]!;
      const via = this.levels[j + 1]!.via!;
      const opts = { requireKeys: level.requireKeys, bestEffort: true } as const;
      let container: unknown;
      if ('key' in via) {
        container = this.gen.values(level.nodes, { ...opts, types: ['object'], fixed: new Map([[via.key, child]]) })[0];
        if (!isObj(container)) container = Object.fromEntries([[via.key, child]]);
      } else if ('index' in via) {
        container = this.gen.values(level.nodes, {
          ...opts,
          types: ['array'],
          fixedItems: new Map([[via.index, child]]),
        })[0];
        if (!Array.isArray(container)) container = [...Array<null>(via.index).fill(null), child];
      } else {
        container = this.gen.values(level.nodes, { ...opts, types: ['object'] })[0];
        if (!isObj(container)) container = {};
        container = this.withKey(j, container as Obj, typeof child === 'string' ? child : 'key_name');
      }
      this.spine[j] = container;
      child = container;
    }
  }

  /** The whole event with `value` at level `at` (default: the target); ABSENT removes the member. */
  embed(value: unknown, at = this.depth): unknown {
    let cur = value;
    for (let j = at - 1; j >= 0; j--) {
      const via = this.levels[j + 1]!.via!;
      const container = this.spine[j];
      if ('index' in via) {
        const copy = [...(container as unknown[])];
        if (cur === ABSENT) copy.splice(via.index, 1);
        else if (via.every) copy.fill(cur);
        else copy[via.index] = cur;
        cur = copy;
      } else if ('key' in via) {
        const copy = copyObj(container as Obj);
        if (cur === ABSENT) delete copy[via.key];
        else setOwn(copy, via.key, cur);
        cur = copy;
      } else {
        // propertyNames: the candidate is a member's name, replacing the skeleton's one (beside it
        // when that one is required)
        if (typeof cur !== 'string') return undefined;
        const copy = copyObj(container as Obj);
        if (typeof this.base === 'string' && !this.requires(j, this.base)) delete copy[this.base];
        cur = this.withKey(j, copy, cur);
      }
    }
    return cur === ABSENT ? undefined : cur;
  }

  /** Whether a schema of level j requires the member `name`. */
  private requires(j: number, name: string): boolean {
    const conj = this.gen.flatten(this.levels[j]!.nodes)?.conj ?? [];
    return conj.some((c) => Array.isArray(c.required) && c.required.includes(name));
  }

  /** `obj` with a member named `name`, valued as level j's schemas require. */
  private withKey(j: number, obj: Obj, name: string): Obj {
    const conj = this.gen.flatten(this.levels[j]!.nodes)?.conj ?? [];
    const v = this.gen.value(propertySchemas(conj, name));
    const out = copyObj(obj);
    setOwn(out, name, v === NONE ? null : v);
    return out;
  }
}

function copyObj(o: Obj): Obj {
  const out: Obj = {};
  for (const k of Object.keys(o)) setOwn(out, k, o[k]);
  return out;
}
