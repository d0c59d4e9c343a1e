// The CXone EventBridge / event-processing REST client (cxone-api.md).

export { clientFromSettings, type ClientTuning } from './from-settings.js';
export { CxoneClient, type Entity, type Fetched, type WriteResult, type MetricsOptions } from './client.js';
export { ApiError, scopeFor, type Refusal } from './errors.js';
export { secretForms } from './secret-forms.js';
export { ALL_SCOPES, DEFAULTS, isLoopback, type ClientOptions } from './options.js';
export type { CallAttempts, Stats } from './request.js';
