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
