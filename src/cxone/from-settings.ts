// The client as the settings describe it: the one place settings become client options, for every
// mode that talks to the platform (check against the live registry, deploy).

import { UsageError } from '../core/errors.js';
import type { Settings } from '../settings/types.js';
import { CxoneClient } from './client.js';
import type { ClientOptions } from './options.js';

export type ClientTuning = Pick<
  ClientOptions,
  'requestTimeoutMs' | 'maxRetries' | 'backoffBaseMs' | 'backoffMaxMs' | 'mask'
>;

export function clientFromSettings(settings: Settings, tuning: ClientTuning = {}): CxoneClient {
  const { baseUrl, tokenUrl, tokenRequestFormat, clientId, clientSecret, tenant } = settings.api;
  if (!baseUrl || !clientId || !clientSecret) {
    throw new UsageError(
      'the platform API needs api-base-url, client-id and client-secret (CLI: CXONE_API_BASE_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET)',
    );
  }
  return new CxoneClient({
    baseUrl,
    ...(tokenUrl ? { tokenUrl } : {}),
    tokenRequestFormat,
    clientId,
    clientSecret,
    ...(tenant ? { tenant } : {}),
    maxConcurrency: settings.maxConcurrency,
    requestsPerSecond: settings.requestsPerSecond,
    requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
    maxRetries: settings.maxRetries,
    ...Object.fromEntries(Object.entries(tuning).filter(([, v]) => v !== undefined)),
  });
}
