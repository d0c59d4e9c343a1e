// The order in which a baseline is chosen (issue 15): export, live registry, git revision, none.

import { describe, expect, it } from 'vitest';
import { chooseBaseline } from '../../src/baseline/index.js';
import { resolveGiven } from '../../src/core/paths.js';
import type { Settings } from '../../src/settings/types.js';

type Inputs = Pick<Settings, 'registryExport' | 'api' | 'against'>;
const api = (o: Partial<Settings['api']> = {}): Settings['api'] => ({ tokenRequestFormat: 'form', ...o });
const creds = api({ baseUrl: 'https://api.example', clientId: 'id', clientSecret: 'secret' });
const SHA = 'b'.repeat(40);

describe('chooseBaseline', () => {
  it.each<[string, Inputs, string | undefined, object]>([
    [
      'an export first, the base commit only tells pre-existing findings',
      { registryExport: resolveGiven('/x.json', '/', 'the current directory'), api: api(), against: undefined },
      SHA,
      { judge: 'export', git: { rev: SHA, role: 'base', automatic: true } },
    ],
    [
      'the live registry with credentials',
      { api: creds, against: undefined },
      SHA,
      { judge: 'api', git: { rev: SHA, role: 'base', automatic: true } },
    ],
    [
      'against over the base commit, as a base asked for by name',
      { api: creds, against: 'origin/main' },
      SHA,
      { judge: 'api', git: { rev: 'origin/main', role: 'base', automatic: false } },
    ],
    [
      "the pull request's base commit when nothing live is given",
      { api: api(), against: undefined },
      SHA,
      { judge: 'git', git: { rev: SHA, role: 'judge', label: "the pull request's base commit" } },
    ],
    [
      'against on any event',
      { api: api(), against: 'v1.2' },
      undefined,
      { judge: 'git', git: { rev: 'v1.2', role: 'judge', label: 'against' } },
    ],
    [
      'none: lint only',
      { api: api(), against: undefined },
      undefined,
      { judge: 'none', none: 'no baseline is given', notices: [] },
    ],
  ])('%s', (_name, settings, pullRequestBase, expected) => {
    expect(
      chooseBaseline(settings, { front: 'action', ...(pullRequestBase ? { pullRequestBase } : {}) }),
    ).toMatchObject(expected);
  });

  it('an API without credentials (a fork gets no secrets) falls through with a notice, not an error', () => {
    const fork = chooseBaseline(
      { api: api({ baseUrl: 'https://api.example', clientId: 'id' }), against: undefined },
      { front: 'action', pullRequestBase: SHA },
    );
    expect(fork).toMatchObject({ judge: 'git', git: { rev: SHA, role: 'judge' } });
    expect(fork.notices).toEqual([
      "api-base-url is set but client-id / client-secret is empty (a pull request from a fork gets no secrets): the live registry is not read; the pull request's base commit judges instead",
    ]);
    const cli = chooseBaseline({ api: api({ baseUrl: 'https://api.example' }), against: undefined }, { front: 'cli' });
    expect(cli).toMatchObject({ judge: 'none' });
    expect(cli.notices[0]).toMatch(
      /^the API base URL \(CXONE_API_BASE_URL\) is set but CXONE_CLIENT_ID \/ CXONE_CLIENT_SECRET are empty .*no other baseline is given$/,
    );
  });
});
