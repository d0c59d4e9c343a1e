// One HTTP exchange on undici, nothing more: no retries, no auth. Timeouts are per request: connect,
// response headers and the gap between body chunks each get `timeoutMs`. Network failures are
// thrown as undici raised them; the request core classifies them. (undici checks header and body
// timeouts on a coarse timer of about one second: a 150 ms timeout fires after up to ~1 s.)

import { Agent, request } from 'undici';

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export class Transport {
  private readonly agent: Agent;
  private closed = false;

  constructor(private readonly timeoutMs: number) {
    this.agent = new Agent({
      connect: { timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 4_000,
    });
  }

  async send(req: RawRequest): Promise<RawResponse> {
    const res = await request(req.url, {
      dispatcher: this.agent,
      method: req.method as 'GET',
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, text };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.agent.close();
  }
}
