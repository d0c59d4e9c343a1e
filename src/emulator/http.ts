// Plain HTTP plumbing: the error shape every endpoint answers with, bounded body reading and
// JSON parsing that cannot be pushed over by hostile input.

import type { IncomingMessage } from 'node:http';

export interface ErrorDetail {
  code?: string;
  pointer?: string;
  message: string;
  [key: string]: unknown;
}

/** An answer that is an error: `{message, code, details?}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.details ? { details: this.details } : {}) };
  }
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class BodyTooLarge extends Error {}

/** The raw body, or BodyTooLarge past `limit` bytes (declared or actual). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    });
  });
}

/** Deepest nesting accepted in a JSON body: deeper documents are a 400, not a stack overflow later. */
export const MAX_JSON_DEPTH = 256;

export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ApiError(400, 'BAD_REQUEST', 'the request needs a JSON body');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, 'BAD_JSON', `the body is not valid JSON: ${(err as Error).message}`);
  }
  if (depthOf(value) > MAX_JSON_DEPTH)
    throw new ApiError(400, 'BAD_JSON', `the body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  return value;
}

function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(body: unknown, what: string): Record<string, unknown> {
  if (!isRecord(body)) throw new ApiError(400, 'BAD_REQUEST', `the body must be a JSON object (${what})`);
  return body;
}

/** Compare `If-Match` with the current strong ETag: weak tags never match (RFC 9110 §13.1.1). */
export function checkIfMatch(
  headers: { 'if-match'?: string | undefined },
  current: string,
): 'missing' | 'match' | 'stale' {
  const raw = headers['if-match'];
  if (raw === undefined || raw.trim() === '') return 'missing';
  if (raw.trim() === '*') return 'match';
  const tags = raw.split(',').map((t) => t.trim());
  return tags.includes(current) ? 'match' : 'stale';
}
