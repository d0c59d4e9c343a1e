// An ignore's `expires` is a day of the calendar: a date that does not exist is a config error on
// its line (it would otherwise compare as text and lapse on the wrong day), a real one is accepted.

import { describe, expect, it } from 'vitest';
import { parseRepoConfig } from '../../src/settings/config-file.js';

const config = (expires: string) =>
  `policy: backward\nignores:\n  - rule: type-changed\n    contract: Orders\n    reason: agreed with the consumers\n    expires: "${expires}"\n`;

describe('ignores: expires', () => {
  it.each(['2026-13-45', '2027-02-29', '2026-04-31', '2026-00-10', '2026-01-00'])(
    '%s is a config error on its line',
    (date) => {
      expect(() => parseRepoConfig(config(date), '.cxone-contract.yml')).toThrow(
        new RegExp(
          `^\\.cxone-contract\\.yml:6: /ignores/0/expires "${date}" is not a date of the calendar \\(YYYY-MM-DD\\)$`,
        ),
      );
    },
  );

  it.each(['2028-02-29', '2026-12-31', '2026-01-01'])('%s is accepted', (date) => {
    expect(parseRepoConfig(config(date), '.cxone-contract.yml').ignores[0]!.expires).toBe(date);
  });
});
