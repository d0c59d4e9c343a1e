// The catch-all family. A keyword that cannot make an event invalid — a draft-07 annotation
// (title, $id, contentEncoding, ...) or a keyword draft-07 does not define at all (a typo such as
// `maxLenght`, OpenAPI's `nullable`, draft-04's `id`: validators ignore it) — is reported as
// `annotation-changed`, never breaking. Vendor extensions (x-*: the platform's are judged by
// ../platform.ts) and cxoneVersion (../version.ts) are skipped. An asserting keyword no family
// models would be judged conservatively as breaking both ways; every draft-07 asserting keyword
// is modelled today, so that branch is a guard for the vocabulary growing ahead of the families.

import { canonicalJson } from '../../core/canonical.js';
import { affectsValidation, isPlatformKeyword } from '../schema-model.js';
import type { Family } from '../walk.js';

export function makeOtherKeywords(modelled: ReadonlySet<string>): Family {
  return (v) => {
    const keys = new Set([...Object.keys(v.old), ...Object.keys(v.new)]);
    for (const key of keys) {
      if (modelled.has(key) || isPlatformKeyword(key)) continue;
      const before = v.old[key];
      const after = v.new[key];
      if (canonicalJson(before) === canonicalJson(after)) continue;
      const where = v.label ? ` of "${v.label}"` : '';
      const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
      if (!affectsValidation(key)) {
        v.emit('annotation-changed', `${key}${where} ${what}`, { at: [key], old: before, new: after });
      } else {
        v.emit(
          'keyword-changed',
          `keyword "${key}"${where} ${what}; its effect is not analysed, so it is treated as breaking`,
          {
            at: [key],
            old: before,
            new: after,
          },
        );
      }
    }
  };
}
