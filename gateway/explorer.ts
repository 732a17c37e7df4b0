import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import { mountDevTokens, type DevTokenOptions } from './dev-token.js';

export interface ExplorerOptions {
  /** The built pages (`dist/explorer` of the package by default). */
  assetsDir?: string;
  /** Development sign-in; only given in development or test with the HS256 secret at hand. */
  devTokens?: DevTokenOptions;
}

/** The package root, found from this file whether it runs from the sources or from `dist/`. */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where `npm run build` puts the explorer and dashboard pages and their hashed assets. */
export const explorerAssetsDir = () => join(packageRoot(), 'dist', 'explorer');

/**
 * Everything the pages may load comes from the gateway itself: a government network is often
 * cut off from the internet, and nothing about its users should reach a third party. Monaco
 * adds style elements and starts its workers from same-origin scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A built page: where it is served, its file under the assets folder, and its name. */
const PAGES = [
  { path: '/', file: 'index.html', name: 'The explorer' },
  { path: '/dashboard', file: join('dashboard', 'index.html'), name: 'The dashboard' },
] as const;

/**
 * Serves the explorer at `/` and the dashboard at `/dashboard` (the pages are never cached,
 * their content-hashed assets, shared by both, for a year), sends browsers that open `/graphql`
 * to the explorer, and mounts the development sign-in when given. Must be mounted before the
 * GraphQL middleware, which would answer those browsers itself.
 */
export function mountExplorer(app: Express, options: ExplorerOptions = {}): void {
  const dir = options.assetsDir ?? explorerAssetsDir();
  for (const { path, file, name } of PAGES) {
    let page: Promise<string> | undefined;
    app.get(path, async (_request, response) => {
      try {
        page ??= readFile(join(dir, file), 'utf8');
        const html = await page;
        response.set({
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        });
        response.send(html);
      } catch {
        page = undefined;
        response
          .status(503)
          .type('text/plain')
          .send(`${name} is not built: run \`npm run build\`. GraphQL answers at /graphql.\n`);
      }
    });
  }
  app.use(
    '/assets',
    // The editor's scripts are megabytes; compressed they load in a third of the time.
    compression(),
    express.static(join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  // A browser that opens the endpoint gets the explorer; GraphQL clients never ask for HTML first.
  app.get('/graphql', (request, response, next) => {
    if (request.query.query === undefined && request.accepts(['json', 'html']) === 'html') {
      response.redirect(302, '/');
      return;
    }
    next();
  });
  if (options.devTokens) mountDevTokens(app, options.devTokens);
}
