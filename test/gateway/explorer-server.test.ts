import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuthenticator, issueToken } from '../../gateway/auth.js';
import { DEMO_SIGN_IN_REGIONS } from '../../demo-world/sign-in-regions.js';
import { devTokenOptions } from '../../gateway/dev-token.js';
import { explorerAssetsDir } from '../../gateway/explorer.js';
import { createGateway } from '../../gateway/server.js';
import { generateInternalKeys } from '../../shared/auth.js';
import { loadConfig } from '../../shared/config.js';
import { createLogger } from '../../shared/logger.js';
import type { RunningServer } from '../../shared/server.js';

// The gateway's side of the explorer and the dashboard, without subgraphs: the pages and their
// assets, the redirect of browsers from /graphql, and the development sign-in being absent where
// it must be.

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const running: RunningServer[] = [];

/** A gateway as `startHub` builds it for this configuration; subgraphs are never called. */
async function gatewayFor(env: Record<string, string>): Promise<string> {
  const config = loadConfig(env);
  const keys = await generateInternalKeys();
  const gateway = await createGateway({
    supergraphSdl: await readFile(new URL('../../supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: {},
    host: '127.0.0.1',
    port: 0,
    timeoutMs: 1000,
    logger: createLogger('explorer-test'),
    exposeInternals: false,
    authenticate: await createAuthenticator(config),
    keys: { signing: keys.signing!, bindingSecret: keys.binding[0]! },
    explorer: { devTokens: await devTokenOptions(config, DEMO_SIGN_IN_REGIONS) },
    introspection: config.GRAPHQL_INTROSPECTION === 'on',
  });
  running.push(gateway);
  return new URL(gateway.url).origin;
}

afterAll(async () => {
  for (const gateway of running) await gateway.stop();
});

/**
 * Absolute URLs that the bundled libraries carry as text, never as something the page loads:
 * XML and JSON Schema identifiers, links in error messages, and links a user may click (the
 * GraphiQL logo, the keyboard-shortcut help). Anything else found in the assets fails the test.
 */
const INERT_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|1999\/xlink|2000\/svg|2000\/xmlns\/|XML\/1998\/namespace)$/,
  /^https?:\/\/json-schema\.org\/(draft-(0[3467]\/schema#?)?|draft\/20(19-09|20-12)\/schema|)$/,
  /^https:\/\/react\.dev\/errors\/$/,
  /^https:\/\/yarnpkg\.com\/en\/docs\/selective-version-resolutions$/,
  /^https:\/\/en\.wikipedia\.org\/wiki\/IEEE_floating_point$/,
  /^https:\/\/commonmark\.org\/$/,
  /^https:\/\/github\.com\/(graphql\/graphiql|OneGraph\/graphiql-explorer|brijeshb42\/monaco-vim|aioutecism\/monaco-emacs|markedjs\/marked\.|microsoft\/monaco-editor)/,
  /^https:\/\/www\.onegraph\.com$/,
  /^https:\/\/code\.visualstudio\.com\/(docs|shortcuts)\//,
  /^https:\/\/microsoft\.com$/,
  /^https:\/\/prettier\.io\/docs\/plugins#optional-embed$/,
  /^http:\/\/fontello\.com$/,
];

describe('the page', () => {
  let origin: string;
  beforeAll(async () => {
    origin = await gatewayFor({ NODE_ENV: 'test', AUTH_JWT_SECRET: SECRET });
  });

  it('is served at / as HTML that loads only hashed assets of the gateway', async () => {
    const response = await fetch(`${origin}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+/i);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    let compressed = 0;
    for (const asset of assets) {
      expect(asset).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      const loaded = await fetch(`${origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(loaded.status).toBe(200);
      expect(loaded.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Bodies under the compression threshold (1 KiB: the sign-in bar's styles) go as they are.
      if (loaded.headers.get('content-encoding') === 'gzip') compressed += 1;
      else expect((await loaded.arrayBuffer()).byteLength).toBeLessThan(1024);
    }
    expect(compressed).toBeGreaterThanOrEqual(2);
    expect((await fetch(`${origin}/assets/missing-12345678.js`)).status).toBe(404);
  });

  it('has no absolute URL in its scripts and styles, nor in the dashboard’s, other than inert text', async () => {
    const dir = join(explorerAssetsDir(), 'assets');
    const files = (await readdir(dir)).filter((file) => /\.(js|css)$/.test(file));
    // The dashboard's scripts (ECharts among them) are in the same folder, and scanned too.
    expect(files.some((file) => file.includes('graphql.worker'))).toBe(true);
    expect(files.some((file) => /^dashboard-.*\.js$/.test(file))).toBe(true);
    const found = new Set<string>();
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      // Every URL with a literal host; `http://${…}` built at run time from a link in
      // Markdown text is not one.
      for (const match of text.matchAll(/https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>\\]*/gi))
        found.add(match[0]);
      // Protocol-relative URLs (`//fonts.example/…`) in CSS or in string literals.
      expect(text).not.toMatch(/url\(\s*["']?\/\/|["'`]\/\/[a-z0-9-]+\.[a-z]{2,}\//i);
    }
    const unexplained = [...found].filter((url) => !INERT_URLS.some((inert) => inert.test(url)));
    expect(unexplained).toEqual([]);
  });

  it('takes browsers that open /graphql to the explorer, and leaves GraphQL clients alone', async () => {
    const browser = await fetch(`${origin}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      redirect: 'manual',
    });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/');
    const client = await fetch(`${origin}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      redirect: 'manual',
    });
    expect(client.status).toBe(401);
  });
});

describe('the dashboard', () => {
  let origin: string;
  beforeAll(async () => {
    origin = await gatewayFor({ NODE_ENV: 'test', AUTH_JWT_SECRET: SECRET });
  });

  /** The page's HTML and the hashed assets it loads. */
  async function dashboard() {
    const response = await fetch(`${origin}/dashboard`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    return { response, html, assets };
  }

  it('is served at /dashboard as HTML, under the explorer’s security headers', async () => {
    const { response, html } = await dashboard();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const explorer = await fetch(`${origin}/`);
    for (const header of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
      expect(response.headers.get(header)).toBeTruthy();
      expect(response.headers.get(header)).toBe(explorer.headers.get(header));
    }
    expect(html).toContain('<div id="dashboard"></div>');
    expect(html).toContain('社工站数据看板');
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+/i);
  });

  it('loads only hashed assets of the gateway, cached for a year', async () => {
    const { assets } = await dashboard();
    expect(assets.some((asset) => /^\/assets\/dashboard-[^/]+\.js$/.test(asset))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      const loaded = await fetch(`${origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(loaded.status).toBe(200);
      expect(loaded.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('loads neither the explorer’s editor nor the whole of ECharts', async () => {
    const { assets } = await dashboard();
    const scripts = assets.filter((asset) => asset.endsWith('.js'));
    expect(scripts.filter((asset) => /monaco|graphiql|worker|explorer/i.test(asset))).toEqual([]);
    // ECharts is imported piece by piece (core, line, bar, three components, canvas): the
    // page's scripts together, React included, weigh less than ECharts' full build alone.
    const dir = join(explorerAssetsDir(), 'assets');
    const sizes = await Promise.all(
      scripts.map(async (asset) => (await stat(join(dir, asset.slice('/assets/'.length)))).size),
    );
    const full = await stat(
      new URL('../../node_modules/echarts/dist/echarts.min.js', import.meta.url),
    );
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(full.size);
  });
});

describe('development sign-in', () => {
  it('is offered in development and test when the gateway holds the HS256 secret', async () => {
    const origin = await gatewayFor({ NODE_ENV: 'development', AUTH_JWT_SECRET: SECRET });
    const response = await fetch(`${origin}/dev/token`);
    expect(response.status).toBe(200);
    const choices = (await response.json()) as Record<string, unknown>;
    expect(choices).toMatchObject({
      departments: expect.arrayContaining(['CIVIL_AFFAIRS', 'DISABLED_PERSONS_FEDERATION']),
      roles: expect.arrayContaining(['ANALYST', 'SUPERVISOR']),
      regions: expect.arrayContaining([expect.objectContaining({ code: '230127' })]),
    });
  });

  it.each([
    ['production', { NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET }],
    ['tokens from JWKS', { NODE_ENV: 'development', AUTH_JWKS_URL: 'https://idp.invalid/jwks' }],
    [
      'a gateway reachable from the network',
      { NODE_ENV: 'development', AUTH_JWT_SECRET: SECRET, HOST: '0.0.0.0' },
    ],
  ])('does not exist at all in %s', async (_case, env) => {
    expect(await devTokenOptions(loadConfig(env))).toBeUndefined();
    const origin = await gatewayFor(env);
    for (const method of ['GET', 'POST']) {
      const response = await fetch(`${origin}/dev/token`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST'
          ? {
              body: JSON.stringify({
                department: 'CIVIL_AFFAIRS',
                role: 'ADMIN',
                region: '100000',
              }),
            }
          : {}),
      });
      expect(response.status).toBe(404);
    }
    // The page itself is still there, without the panel.
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });
});

describe('schema docs in production', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';
  const ask = async (origin: string, token?: string) => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  };
  const analyst = () =>
    issueToken(
      SECRET,
      { subject: 'analyst', department: 'CIVIL_AFFAIRS', roles: ['ANALYST'], regionCode: '620723' },
      { audience: 'social-work-hub' },
    );

  it('are there for signed-in callers, and for nobody else', async () => {
    const origin = await gatewayFor({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET });
    expect((await ask(origin, await analyst())).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await ask(origin)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('can be turned off', async () => {
    const origin = await gatewayFor({
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: SECRET,
      GRAPHQL_INTROSPECTION: 'off',
    });
    const answer = await ask(origin, await analyst());
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
