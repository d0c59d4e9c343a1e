// The catch-all family: annotations that changed (never breaking), vendor extensions (x-*:
// the platform's are judged by ../platform.ts) and cxoneVersion (../version.ts) skipped, and
// any other keyword no family models — judged
// conservatively as breaking both ways, because an unknown change cannot be proven safe.

import { canonicalJson } from '../../core/canonical.js';
import { affectsValidation, ANNOTATIONS } from '../schema-model.js';
import type { Family } from '../walk.js';

export function makeOtherKeywords(modelled: ReadonlySet<string>): Family {
  return (v) => {
    const keys = new Set([...Object.keys(v.old), ...Object.keys(v.new)]);
    for (const key of keys) {
      if (modelled.has(key) || (!affectsValidation(key) && !ANNOTATIONS.has(key))) continue;
      const before = v.old[key];
      const after = v.new[key];
      if (canonicalJson(before) === canonicalJson(after)) continue;
      const where = v.label ? ` of "${v.label}"` : '';
      if (ANNOTATIONS.has(key)) {
        v.emit('annotation-changed', `${key}${where} changed`, { at: [key], old: before, new: after });
      } else {
        const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
        v.emit('keyword-changed', `keyword "${key}"${where} ${what}; its effect is not analysed, so it is treated as breaking`, {
          at: [key],
          old: before,
          new: after,
        });
      }
    }
  };
}
