// GitHub REST access (sticky PR comment, tracking issue, PR files) and the run's context.

export { createOctokit, type Octokit } from './client.js';
export { readRunContext, type RunContext } from './context.js';
export { describeGitHubError, isAccessDenied, statusOf } from './errors.js';
export { FALLBACK_LOGIN, isAuthoredBy, tokenIdentity, type TokenIdentity } from './identity.js';
export { hasMarker, hiddenMarker } from './marker.js';
export { mergedPullRequest, type MergedPullRequest } from './merged-pr.js';
export { changedFiles } from './pr-files.js';
export { syncStickyComment, type StickyAction, type StickyResult } from './sticky-comment.js';
export { syncTrackingIssue, type TrackingAction, type TrackingResult } from './tracking-issue.js';
