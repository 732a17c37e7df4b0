import { randomUUID } from 'node:crypto';
import { open, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type HubConfig } from '../../shared/config.js';
import type { Principal } from '../../shared/context.js';
import { flattenNode, typedCells, type ExportColumn } from '../../shared/export/columns.js';
import { csvHeader, csvLines } from '../../shared/export/csv.js';
import { ExportError, type AnsweredError } from '../../shared/export/errors.js';
import { pageThrough, type ExportPage, type GatewayClient } from '../../shared/export/pager.js';
import { openXlsx } from '../../shared/export/xlsx.js';
import type { Logger } from '../../shared/logger.js';
import type { ExportFormat } from '../../shared/export/formats.js';
import type { ExportMetrics } from '../../shared/observability/metrics.js';
import type { ExportRequest } from './request.js';

/** How long finished exports are kept and how many one principal may run at once. */
export interface ExportSettings {
  /** A finished export (status and file) is forgotten this long after it ends. */
  ttlMs: number;
  /** Running exports per principal; one more is refused. */
  maxRunning: number;
}

/** The export settings a configuration describes. */
export function exportSettings(config: HubConfig): ExportSettings {
  return { ttlMs: config.EXPORT_TTL_SECONDS * 1000, maxRunning: config.EXPORT_MAX_RUNNING };
}

/** The settings of a configuration left at its defaults. */
export const DEFAULT_EXPORT_SETTINGS: ExportSettings = exportSettings(loadConfig({}));

export type ExportStatus = 'RUNNING' | 'DONE' | 'FAILED';

/** Why an export failed: the first GraphQL error's code (or `EXPORT_FAILED`) and what was said. */
export interface ExportFailure {
  code: string;
  message: string;
  /** The GraphQL errors the graph answered a page with, as it gave them. */
  errors?: AnsweredError[];
}

/** What `GET /exports/:id` answers. */
export interface ExportJobView {
  id: string;
  status: ExportStatus;
  format: ExportFormat;
  filename: string;
  rows: number;
  pages: number;
  /** The whole list's length, when the connection selects `totalCount` or the list is whole. */
  totalCount: number | null;
  /** From 0 to 1 when the length is known; 1 once done. */
  progress: number | null;
  error: ExportFailure | null;
  createdAt: string;
  finishedAt: string | null;
  /** When the status and the file are forgotten; set once the export ends. */
  expiresAt: string | null;
}

interface Job {
  id: string;
  owner: string;
  format: ExportFormat;
  filename: string;
  file: string;
  status: ExportStatus;
  rows: number;
  pages: number;
  totalCount: number | null;
  error: ExportFailure | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
  controller: AbortController;
  expiry?: NodeJS.Timeout;
}

/** Too many exports of one principal are running. */
export class TooManyExports extends Error {
  constructor(readonly running: number) {
    super(
      `${running} of your exports are running, as many as the hub allows at once; wait until one ends`,
    );
    this.name = 'TooManyExports';
  }
}

/** The gateway is stopping: no export starts. */
export class ExportsStopped extends Error {
  constructor() {
    super('the gateway is stopping');
    this.name = 'ExportsStopped';
  }
}

/** Where one export's rows go as they arrive. */
interface Sink {
  write(nodes: Array<Record<string, unknown>>): Promise<void>;
  close(): Promise<void>;
}

async function csvSink(file: string, columns: ExportColumn[]): Promise<Sink> {
  const handle = await open(file, 'w', 0o600);
  const header = columns.map((column) => column.name);
  await handle.write(csvHeader(header));
  return {
    async write(nodes) {
      if (nodes.length)
        await handle.write(csvLines(nodes.map((node) => flattenNode(node, header))));
    },
    close: () => handle.close(),
  };
}

async function xlsxSink(file: string, columns: ExportColumn[], sheet: string): Promise<Sink> {
  const workbook = await openXlsx(file, columns, sheet);
  return {
    write: (nodes) => workbook.addRows(nodes.map((node) => typedCells(node, columns))),
    close: () => workbook.close(),
  };
}

/** Who owns a job: the same subject of the same department, whatever the token's other claims. */
export function exportOwner(principal: Principal): string {
  return JSON.stringify([principal.department, principal.subject]);
}

const view = (job: Job): ExportJobView => ({
  id: job.id,
  status: job.status,
  format: job.format,
  filename: job.filename,
  rows: job.rows,
  pages: job.pages,
  totalCount: job.totalCount,
  progress:
    job.status === 'DONE'
      ? 1
      : job.totalCount === null
        ? null
        : job.totalCount === 0
          ? 1
          : Math.min(1, job.rows / job.totalCount),
  error: job.error,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
  expiresAt: job.expiresAt?.toISOString() ?? null,
});

function failureOf(error: unknown): ExportFailure {
  if (!(error instanceof ExportError)) {
    return { code: 'EXPORT_FAILED', message: 'the export could not be written' };
  }
  const errors = error.details.errors;
  return {
    code: errors?.[0]?.extensions?.code ?? 'EXPORT_FAILED',
    message: error.message,
    ...(errors ? { errors } : {}),
  };
}

export interface ExportJobsOptions {
  settings: ExportSettings;
  /** The gateway's own `/graphql`, known once it listens: every page is asked there. */
  graphqlUrl: () => string;
  metrics: (running: () => number) => ExportMetrics;
  logger: Logger;
}

/**
 * The exports of one gateway: each is a client of the gateway's own `/graphql` with the
 * caller's token and stated purpose, so every rule and every mask of the query applies to it
 * unchanged. Files are written to a directory of the gateway's own under the system's temporary
 * directory, kept for `ttlMs` after the export ends, and removed with it on stop.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly runs = new Set<Promise<void>>();
  /** Exports asked for but not yet answered, by owner, so that the limit holds meanwhile. */
  private readonly starting = new Map<string, number>();
  private readonly metrics: ExportMetrics;
  private dir: Promise<string> | undefined;
  private stopped = false;

  constructor(private readonly options: ExportJobsOptions) {
    this.metrics = options.metrics(() => this.running());
  }

  private running(owner?: string): number {
    let count = 0;
    for (const job of this.jobs.values())
      if (job.status === 'RUNNING' && (owner === undefined || job.owner === owner)) count += 1;
    return count;
  }

  /**
   * Starts an export for `principal`: asks the first page before answering, so that a query the
   * graph refuses comes back at once as an {@link ExportError} with its GraphQL errors and no job;
   * the rest is written in the background. Throws {@link TooManyExports} past the limit.
   */
  async start(
    principal: Principal,
    request: ExportRequest,
    caller: { token: string; purpose: string | null },
  ): Promise<ExportJobView> {
    if (this.stopped) throw new ExportsStopped();
    const owner = exportOwner(principal);
    const busy = this.running(owner) + (this.starting.get(owner) ?? 0);
    if (busy >= this.options.settings.maxRunning) {
      this.metrics.ended(request.format, 'throttled');
      throw new TooManyExports(busy);
    }
    this.starting.set(owner, (this.starting.get(owner) ?? 0) + 1);
    const controller = new AbortController();
    let pages: AsyncGenerator<ExportPage>;
    let first: IteratorResult<ExportPage>;
    try {
      const client: GatewayClient = {
        url: this.options.graphqlUrl(),
        token: caller.token,
        purpose: caller.purpose,
        signal: controller.signal,
      };
      pages = pageThrough(client, request.query, request.path, {
        variables: request.variables,
        pageSize: request.pageSize,
        shape: request.plan.shape,
      });
      first = await pages.next();
    } catch (error) {
      if (error instanceof ExportError) this.metrics.ended(request.format, 'refused');
      throw error;
    } finally {
      const left = (this.starting.get(owner) ?? 1) - 1;
      if (left) this.starting.set(owner, left);
      else this.starting.delete(owner);
    }
    if (this.stopped) {
      controller.abort();
      throw new ExportsStopped();
    }

    const id = randomUUID();
    const job: Job = {
      id,
      owner,
      format: request.format,
      filename: request.filename,
      file: join(await this.directory(), `${id}.${request.format}`),
      status: 'RUNNING',
      rows: 0,
      pages: 0,
      totalCount: null,
      error: null,
      createdAt: new Date(),
      finishedAt: null,
      expiresAt: null,
      controller,
    };
    this.jobs.set(id, job);
    this.options.logger.info(
      {
        exportId: id,
        subject: principal.subject,
        department: principal.department,
        format: job.format,
        path: request.path,
      },
      'export started',
    );
    const run = this.write(job, request, first, pages).finally(() => this.runs.delete(run));
    this.runs.add(run);
    return view(job);
  }

  private async write(
    job: Job,
    request: ExportRequest,
    first: IteratorResult<ExportPage>,
    pages: AsyncGenerator<ExportPage>,
  ): Promise<void> {
    let sink: Sink | undefined;
    try {
      const { columns } = request.plan;
      sink =
        job.format === 'csv'
          ? await csvSink(job.file, columns)
          : await xlsxSink(job.file, columns, request.path.split('.').at(-1)!);
      for (let page = first; !page.done; page = await pages.next()) {
        await sink.write(page.value.nodes);
        job.rows += page.value.nodes.length;
        job.pages += 1;
        job.totalCount = page.value.totalCount ?? job.totalCount;
      }
      const done = sink;
      sink = undefined;
      await done.close();
      job.status = 'DONE';
    } catch (error) {
      if (!(error instanceof ExportError))
        this.options.logger.error({ err: error, exportId: job.id }, 'export failed');
      await sink?.close().catch(() => undefined);
      await rm(job.file, { force: true });
      // Failed only once its partial file is gone: a client told FAILED finds no file.
      job.error = failureOf(error);
      job.status = 'FAILED';
    } finally {
      job.finishedAt = new Date();
      job.expiresAt = new Date(job.finishedAt.getTime() + this.options.settings.ttlMs);
      job.expiry = setTimeout(() => void this.expire(job), this.options.settings.ttlMs);
      job.expiry.unref();
      this.metrics.ended(job.format, job.status === 'DONE' ? 'done' : 'failed');
      this.options.logger.info(
        { exportId: job.id, status: job.status, rows: job.rows, pages: job.pages },
        'export ended',
      );
    }
  }

  /** The gateway's directory of export files, made at the first export. */
  private directory(): Promise<string> {
    this.dir ??= mkdtemp(join(tmpdir(), 'hub-exports-'));
    return this.dir;
  }

  private async expire(job: Job): Promise<void> {
    clearTimeout(job.expiry);
    job.controller.abort();
    this.jobs.delete(job.id);
    await rm(job.file, { force: true });
  }

  /** The principal's export by id; another's, an expired one and a missing one alike: none. */
  find(principal: Principal, id: string): ExportJobView | null {
    const job = this.jobs.get(id);
    return job && job.owner === exportOwner(principal) ? view(job) : null;
  }

  /** Where a finished export of the principal's is, with what to call it. */
  file(principal: Principal, id: string): { path: string; view: ExportJobView } | null {
    const job = this.jobs.get(id);
    if (!job || job.owner !== exportOwner(principal)) return null;
    return { path: job.file, view: view(job) };
  }

  /** Cancels running exports, waits for them, and removes every file with the directory. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs.values()) {
      clearTimeout(job.expiry);
      job.controller.abort();
    }
    await Promise.allSettled([...this.runs]);
    for (const job of this.jobs.values()) clearTimeout(job.expiry);
    this.jobs.clear();
    if (this.dir) await rm(await this.dir, { recursive: true, force: true });
  }
}
