// A fake of the slice of the GitHub REST API this product uses, on a loopback port: issue comments
// (sticky PR comment), issues (drift tracking issue), pull-request files (annotation ranking) and
// who the token is (GraphQL `viewer`, REST `GET /user`).
// It behaves like GitHub where our code depends on it: Link-header pagination (per_page capped at
// 100), 401 for unknown tokens, 403 "Resource not accessible by integration" for writes with a
// read-only token (fork PRs) and for `GET /user` with an installation token (the Actions
// GITHUB_TOKEN, whose writes are authored by `github-actions[bot]`, type Bot), 422 for bodies over
// 65,536 characters, and list results that mix pull requests into /issues (as GitHub does).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAX_BODY_CHARS = 65_536;

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  html_url: string;
  user: { login: string; type: string };
  /** Set for pull requests: GitHub lists them among issues. */
  pull_request?: { url: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export type TokenAccess = 'write' | 'read';

/**
 * A token as GitHub sees it. `installation`: the Actions GITHUB_TOKEN or an app's token (writes as
 * the bot login, `GET /user` is 403). `user`: a personal token (writes as `login`, type User).
 */
export interface FakeToken {
  access: TokenAccess;
  kind: 'installation' | 'user';
  /** Default: the fake's botLogin for installation tokens, `octocat` for user tokens. */
  login?: string;
}

export interface FakeGitHubOptions {
  /** owner/name of the one repository served. Default `acme/contracts`. */
  repo?: string;
  /**
   * Token -> access (an installation token) or a FakeToken. Default: `write-token` (installation,
   * write), `read-token` (installation, read) and `pat-token` (user `octocat`, write).
   */
  tokens?: Record<string, TokenAccess | FakeToken>;
  /** Login of installation tokens: the author of what they write. Default `github-actions[bot]`. */
  botLogin?: string;
  /** false: POST /graphql answers 404 (a proxy or server without GraphQL). Default true. */
  graphql?: boolean;
}

export class FakeGitHub {
  readonly repo: string;
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** Pull number -> changed file names. */
  readonly pullFiles = new Map<number, string[]>();
  /** Commit SHA -> the pull requests associated with it (GET /commits/{sha}/pulls). */
  readonly commitPulls = new Map<
    string,
    { number: number; merged_at: string | null; merge_commit_sha: string | null; labels: { name: string }[] }[]
  >();
  readonly requests: RecordedRequest[] = [];
  private readonly tokens: Record<string, FakeToken>;
  private readonly botLogin: string;
  private readonly graphql: boolean;
  private server: Server | undefined;
  private nextCommentId = 1000;
  private nextIssueNumber = 1;
  url = '';

  constructor(opts: FakeGitHubOptions = {}) {
    this.repo = opts.repo ?? 'acme/contracts';
    const tokens = opts.tokens ?? {
      'write-token': 'write',
      'read-token': 'read',
      'pat-token': { access: 'write', kind: 'user', login: 'octocat' },
    };
    this.tokens = Object.fromEntries(
      Object.entries(tokens).map(([k, v]) => [k, typeof v === 'string' ? { access: v, kind: 'installation' } : v]),
    );
    this.botLogin = opts.botLogin ?? 'github-actions[bot]';
    this.graphql = opts.graphql ?? true;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Seed a comment as if someone (another bot, a person) wrote it. */
  addComment(issue: number, body: string, login = 'someone-else'): FakeComment {
    const now = new Date().toISOString();
    const id = this.nextCommentId++;
    const c: FakeComment = {
      id,
      issue,
      body,
      html_url: `https://github.example/${this.repo}/pull/${issue}#issuecomment-${id}`,
      user: author(login),
      created_at: now,
      updated_at: now,
    };
    this.comments.push(c);
    return c;
  }

  /**
   * Seed an issue (or, with `pull: true`, a pull request as GitHub lists it among issues), opened
   * by `login` (default `someone-else`).
   */
  addIssue(
    fields: Partial<Omit<FakeIssue, 'number' | 'labels' | 'user'>> & {
      labels?: string[];
      pull?: boolean;
      login?: string;
    } = {},
  ): FakeIssue {
    const issue: FakeIssue = {
      number: this.nextIssueNumber++,
      title: fields.title ?? 'an issue',
      body: fields.body ?? '',
      state: fields.state ?? 'open',
      labels: (fields.labels ?? []).map((name) => ({ name })),
      html_url: '',
      user: author(fields.login ?? 'someone-else'),
      ...(fields.pull ? { pull_request: { url: 'https://example.invalid/pull' } } : {}),
    };
    issue.html_url = `https://github.example/${this.repo}/issues/${issue.number}`;
    this.issues.push(issue);
    return issue;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** Requests that changed something (POST/PATCH/PUT/DELETE; GraphQL here is only ever a query). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(res, 400, { message: 'Problems parsing JSON' });
    }
    const authorization = req.headers.authorization;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization,
      body,
    });

    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1];
    const who = token ? this.tokens[token] : undefined;
    if (!who) return send(res, 401, { message: 'Bad credentials' });
    const access = who.access;
    const login = who.login ?? (who.kind === 'installation' ? this.botLogin : 'octocat');

    // Who the token is. GraphQL `viewer` answers for both kinds (a read-only token too: it is a query).
    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (!this.graphql) return send(res, 404, { message: 'Not Found' });
      const query =
        typeof (body as { query?: unknown } | undefined)?.query === 'string' ? (body as { query: string }).query : '';
      if (!/\bviewer\b/.test(query))
        return send(res, 200, { errors: [{ message: 'the fake answers only `viewer` queries' }] });
      return send(res, 200, { data: { viewer: { login, __typename: who.kind === 'installation' ? 'Bot' : 'User' } } });
    }
    if (req.method === 'GET' && url.pathname === '/user') {
      if (who.kind === 'installation')
        return send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      return send(res, 200, { login, id: 1, type: 'User' });
    }

    const prefix = `/repos/${this.repo}`;
    if (!url.pathname.startsWith(prefix + '/')) return send(res, 404, { message: 'Not Found' });
    const route = `${req.method} ${url.pathname.slice(prefix.length)}`;
    const isWrite = req.method !== 'GET';
    if (isWrite && access !== 'write') return send(res, 403, { message: 'Resource not accessible by integration' });
    const b = (body ?? {}) as Record<string, unknown>;
    if (isWrite && typeof b.body === 'string' && b.body.length > MAX_BODY_CHARS) {
      return send(res, 422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      });
    }

    let m: RegExpExecArray | null;
    if ((m = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
      return this.page(res, url, this.commentsOn(Number(m[1])));
    }
    if ((m = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
      if (typeof b.body !== 'string') return send(res, 422, { message: 'body is missing' });
      return send(res, 201, this.addComment(Number(m[1]), b.body, login));
    }
    if ((m = /^PATCH \/issues\/comments\/(\d+)$/.exec(route))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      if (typeof b.body !== 'string') return send(res, 422, { message: 'body is missing' });
      c.body = b.body;
      c.updated_at = new Date().toISOString();
      return send(res, 200, c);
    }
    if (route === 'GET /issues') {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const list = this.issues.filter(
        (i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)),
      );
      return this.page(
        res,
        url,
        [...list].sort((a, b) => b.number - a.number),
      );
    }
    if (route === 'POST /issues') {
      if (typeof b.title !== 'string' || b.title === '') return send(res, 422, { message: 'title is missing' });
      const issue = this.addIssue({
        title: b.title,
        body: typeof b.body === 'string' ? b.body : '',
        labels: asLabels(b.labels),
        login,
      });
      return send(res, 201, issue);
    }
    if ((m = /^PATCH \/issues\/(\d+)$/.exec(route))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (typeof b.title === 'string') issue.title = b.title;
      if (typeof b.body === 'string') issue.body = b.body;
      if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
      if (b.labels !== undefined) issue.labels = asLabels(b.labels).map((name) => ({ name }));
      return send(res, 200, issue);
    }
    if ((m = /^GET \/commits\/([0-9a-f]+)\/pulls$/.exec(route))) {
      return this.page(res, url, this.commitPulls.get(m[1]!) ?? []);
    }
    if ((m = /^GET \/pulls\/(\d+)\/files$/.exec(route))) {
      const files = (this.pullFiles.get(Number(m[1])) ?? []).map((filename) => ({ filename, status: 'modified' }));
      return this.page(res, url, files);
    }
    return send(res, 404, { message: 'Not Found' });
  }

  /** One page of `items` with GitHub's `Link` header (per_page default 30, at most 100). */
  private page(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const at = (p: number, rel: string) => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      links.push(`<${u.toString()}>; rel="${rel}"`);
    };
    if (page < last) at(page + 1, 'next');
    if (page < last) at(last, 'last');
    if (page > 1) at(1, 'first');
    if (page > 1) at(page - 1, 'prev');
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }
}

/** An author as REST lists it: apps are `slug[bot]`, type Bot. */
function author(login: string): { login: string; type: string } {
  return { login, type: /\[bot\]$/.test(login) ? 'Bot' : 'User' };
}

function asLabels(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Start a fake; stop it with `await fake.stop()`. */
export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(opts).start();
}
