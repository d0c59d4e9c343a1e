export { LIVE_SCHEMA_MAX_DEPTH, parseExport, readExportFile, toLiveSchema } from './export-file.js';
export { fetchLiveState } from './live-api.js';
export {
  readLiveFilters,
  readLiveTenant,
  type LiveFilter,
  type LiveItem,
  type LiveTenant,
  type TenantReadOptions,
} from './live-tenant.js';
export {
  FILTER_CONTENT_FIELDS,
  filterContent,
  SCHEMA_PLATFORM_FIELDS,
  stripFields,
  type LiveFilterState,
  type LiveSchema,
  type LiveState,
} from './types.js';
export {
  chooseBaseline,
  noBaselineWarning,
  type BaselineChoice,
  type ChoiceContext,
  type Front,
  type GitChoice,
} from './choose.js';
export { GitBaselineError, readGitBaseline, type GitBaseline } from './git-baseline.js';
export { baselineLine, resolveBaseline, unreadBaseWarning, type ResolvedBaseline } from './resolve.js';
