import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The house rules, read from the imports of every source file: which room may use which, no
// cycles, no resolver leaning on another. A change that breaks one fails here with the edge that
// breaks it.

const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../..'));
const ROOMS = ['gateway', 'shared', 'subgraphs', 'demo-world', 'tools', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('gateway/explorer/'));
}

/** Relative imports of a file (static, re-exports and literal dynamic ones), as repository paths. */
function importsOf(file: string, known: Set<string>): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = normalize(join(dirname(file), match[1]!)).replace(/\.js$/, '');
    const resolved = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((candidate) =>
      known.has(candidate),
    );
    if (resolved) found.push(resolved);
  }
  return found;
}

const files = ROOMS.flatMap(sourceFiles);
const known = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

const room = (file: string) => file.split('/')[0]!;
/** The department folder a file is in; the registry files beside the folders belong to none. */
const department = (file: string) => {
  const parts = file.split('/');
  return parts[0] === 'subgraphs' && parts.length > 2 ? parts[1] : undefined;
};
/** A department's demo and scale slices: data for the tools, never loaded to serve. */
const isSlice = (file: string) => /^subgraphs\/[^/]+\/(demo|scale)\.ts$/.test(file);

function breaking(rule: (edge: { from: string; to: string }) => boolean): string[] {
  return edges.filter(rule).map(({ from, to }) => `${from} -> ${to}`);
}

it('reads the whole tree', () => {
  expect(files.length).toBeGreaterThan(150);
  expect(edges.length).toBeGreaterThan(500);
});

it('has no import cycle', () => {
  // Tarjan's strongly connected components; any component of more than one file is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

it('keeps the runtime kit to itself', () => {
  expect(breaking(({ from, to }) => room(from) === 'shared' && room(to) !== 'shared')).toEqual([]);
});

it('keeps the gateway a router: it imports the runtime kit only', () => {
  expect(
    breaking(
      ({ from, to }) => room(from) === 'gateway' && !['gateway', 'shared'].includes(room(to)),
    ),
  ).toEqual([]);
});

it('keeps serving code free of demo data and tools', () => {
  expect(
    breaking(
      ({ from, to }) =>
        ['gateway', 'shared', 'subgraphs'].includes(room(from)) &&
        !isSlice(from) &&
        (['demo-world', 'tools'].includes(room(to)) || isSlice(to)),
    ),
  ).toEqual([]);
});

it('keeps each department in its own folder', () => {
  expect(
    breaking(
      ({ from, to }) =>
        department(from) !== undefined &&
        department(to) !== undefined &&
        department(from) !== department(to),
    ),
  ).toEqual([]);
});

it('keeps demo data to data: the world imports neither departments nor tools', () => {
  expect(
    breaking(
      ({ from, to }) => room(from) === 'demo-world' && !['demo-world', 'shared'].includes(room(to)),
    ),
  ).toEqual([]);
});

it('never has a resolver import another resolver', () => {
  const isResolver = (file: string) => /\/resolvers\/[^/]+\.resolver\.ts$/.test(file);
  expect(breaking(({ from, to }) => isResolver(from) && isResolver(to))).toEqual([]);
});
