import { setFlagsFromString } from 'node:v8';

/**
 * The V8 flags every process of the hub runs with: the image sets them in `NODE_OPTIONS`,
 * `npm start` passes them to its process, and the benchmarks to each service they start.
 *
 * `--max-semi-space-size=16`: on a machine with gigabytes of memory V8 lets the young generation
 * grow to 64 MB semispaces, which a service handling short requests fills with garbage before
 * scavenging it. At 16 MB each department and the gateway stay 60–110 MB smaller at their peak, and
 * the smaller young generation, scavenged more often while it is still in the processor's caches,
 * costs less CPU per request, not more (docs/performance.md).
 */
export const NODE_FLAGS = ['--max-semi-space-size=16'] as const;

/**
 * V8 settings that Node refuses in `NODE_OPTIONS`, which each process of the hub sets on itself as
 * it starts (the gateway, each department, `npm start`): they hold wherever the process runs, with
 * no command line to carry them.
 *
 * `--heap-growing-percent=100`: after each full collection V8 schedules the next one for when the
 * old generation has grown by a factor it picks itself, up to four on a host where the heap may
 * reach gigabytes. Under sixteen concurrent 100-station lists the gateway keeps 75–85 MB of live
 * objects and its old generation climbed to 350 MB between collections (450–550 MB resident); a
 * factor of two kept it near 300 MB for 6 % more CPU on that load (docs/performance.md). Unlike a
 * heap limit, the factor follows what is live: a large export still grows the heap as it needs.
 */
export const RUNTIME_V8_FLAGS = ['--heap-growing-percent=100'] as const;

/** Sets {@link RUNTIME_V8_FLAGS} on this process; the first thing each entry point does. */
export function applyRuntimeV8Flags(): void {
  for (const flag of RUNTIME_V8_FLAGS) setFlagsFromString(flag);
}
