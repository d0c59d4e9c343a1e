import pkg from '../../package.json' with { type: 'json' };

export const TOOL_VERSION: string = pkg.version;

/**
 * The git tag of this version's release (release.yml refuses a tag that differs). Links written into
 * reports and files point at it, not at main, so they show the docs and schemas of the version that
 * wrote them.
 */
export const RELEASE_TAG = `v${TOOL_VERSION}`;
