/** The trimmed body of the version's `## [X.Y.Z]` section (a leading `v` is dropped), or undefined. */
export function changelogSection(text: string, version: string): string | undefined;
