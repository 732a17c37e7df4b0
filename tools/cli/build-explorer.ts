import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explorerAssetsDir, packageRoot } from '../../gateway/explorer.js';
import { answerHelp } from './usage.js';

// Part of `npm run build`: bundles the gateway's pages (gateway/explorer: the explorer, and the
// dashboard in its dashboard/ folder) with Vite into dist/explorer, in one build so that what
// they share (React, the sign-in) is one set of hashed assets. `npm start` and `npm test` build
// every time, so the bundle is rebuilt only when its inputs change: the pages' sources, the lock
// file (the versions bundled) and this script. Their hash is kept beside the output.

answerHelp(
  'usage: npm run build\n  compiles the hub and bundles the explorer and dashboard pages into dist/explorer when their inputs changed\n',
);
const root = packageRoot();
const source = join(root, 'gateway', 'explorer');
const outDir = explorerAssetsDir();
const stampFile = join(outDir, '.inputs-sha256');
/** The pages, by the name of their entry: each an index.html under the source folder. */
const PAGES = { explorer: 'index.html', dashboard: join('dashboard', 'index.html') };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    ...(await filesUnder(source)),
    join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  for (const file of inputs) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

const wanted = await inputsHash();
const built = Object.values(PAGES).every((page) => existsSync(join(outDir, page)))
  ? await readFile(stampFile, 'utf8').catch(() => '')
  : '';
if (built.trim() === wanted) process.exit(0);

const started = performance.now();
// Vite is a build-time tool: loaded only when there is something to build.
const { build } = await import('vite');
await build({
  configFile: false,
  root: source,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco alone is a few megabytes; served once and cached for a year.
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(
        Object.entries(PAGES).map(([name, page]) => [name, join(source, page)]),
      ),
      // framer-motion marks its modules "use client", which means nothing outside React servers.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
await writeFile(stampFile, `${wanted}\n`);

const assets = await filesUnder(join(outDir, 'assets'));
const sizes = await Promise.all(assets.map(async (file) => (await stat(file)).size));
const total = sizes.reduce((sum, size) => sum + size, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `explorer and dashboard built in ${seconds} s: ${assets.length} assets, ${(total / 1024 / 1024).toFixed(1)} MiB in ${relative(root, outDir)}\n`,
);
