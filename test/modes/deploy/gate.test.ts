import { describe, expect, it } from 'vitest';
import { deployRefusal } from '../../../src/modes/deploy/gate.js';

describe('deployRefusal', () => {
  it.each(['pull_request', 'pull_request_target'])('refuses a %s event, even from the default branch', (eventName) => {
    expect(deployRefusal({ eventName, ref: 'refs/heads/main', defaultBranch: 'main' }, ['**'])).toMatch(
      new RegExp(`refused on a ${eventName} event`),
    );
  });

  it('allows a push to the default branch', () => {
    expect(deployRefusal({ eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' }, [])).toBeUndefined();
  });

  it('refuses other branches and tags unless allow-deploy-from matches them', () => {
    const ctx = { eventName: 'push', ref: 'refs/heads/release/2026-11', defaultBranch: 'main' };
    expect(deployRefusal(ctx, [])).toMatch(
      /deploy refused from refs\/heads\/release\/2026-11: only refs\/heads\/main deploys/,
    );
    expect(deployRefusal(ctx, ['refs/heads/release/*'])).toBeUndefined();
    expect(deployRefusal({ ...ctx, ref: 'refs/tags/v1' }, ['refs/heads/release/*'])).toMatch(/refused/);
    expect(
      deployRefusal({ eventName: 'workflow_dispatch', ref: 'refs/heads/feature', defaultBranch: 'main' }, []),
    ).toMatch(/refused/);
  });

  it('does not gate the command line outside GitHub Actions', () => {
    expect(deployRefusal({}, [])).toBeUndefined();
  });
});
