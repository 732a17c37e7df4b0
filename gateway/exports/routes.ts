import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Principal } from '../../shared/context.js';
import { ExportError } from '../../shared/export/errors.js';
import { EXPORT_FORMATS } from '../../shared/export/formats.js';
import type { Logger } from '../../shared/logger.js';
import { MAX_BODY_BYTES } from '../../shared/server.js';
import type { Authenticate } from '../auth.js';
import { PURPOSE_HEADER, readPurpose } from '../context.js';
import { ExportsStopped, TooManyExports, type ExportJobs, type ExportJobView } from './jobs.js';
import { BadExportRequest, readExportRequest } from './request.js';

/** What a `/exports` request knows of its caller once signed in. */
interface Caller {
  principal: Principal;
  token: string;
}

/** An answer of the export API that is not a file: JSON, never stored by a cache. */
function answer(response: Response, status: number, body: unknown): void {
  response.status(status).set('cache-control', 'no-store').json(body);
}

function problem(
  response: Response,
  status: number,
  code: string,
  message: string,
  field?: string,
) {
  answer(response, status, { error: { code, ...(field ? { field } : {}), message } });
}

/** Signs the caller in from `Authorization`, as `/graphql` does; without a valid token, 401. */
function signIn(authenticate: Authenticate): RequestHandler {
  return (request, response, next) => {
    const header = request.header('authorization');
    authenticate(header).then(
      (principal) => {
        response.locals.caller = {
          principal,
          token: /^Bearer\s+(\S+)$/i.exec(header ?? '')![1]!,
        } satisfies Caller;
        next();
      },
      (error: unknown) => {
        response.set('www-authenticate', 'Bearer');
        problem(response, 401, 'UNAUTHENTICATED', (error as Error).message);
      },
    );
  };
}

const callerOf = (response: Response) => response.locals.caller as Caller;

/** The HTTP status of a first page the graph refused: its own when it was an HTTP refusal. */
function refusalStatus(error: ExportError): number {
  const status = error.details.status ?? 200;
  if (status >= 400) return status;
  switch (error.details.errors?.[0]?.extensions?.code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'SUBGRAPH_UNAVAILABLE':
      return 503;
    default:
      return 400;
  }
}

const withUrls = (job: ExportJobView) => ({
  ...job,
  statusUrl: `/exports/${job.id}`,
  fileUrl: `/exports/${job.id}/file`,
});

export interface ExportRoutesOptions {
  authenticate: Authenticate;
  jobs: ExportJobs;
  /** The graph's API schema once loaded, so that columns know their types. */
  schema: () => GraphQLSchema | undefined;
  logger: Logger;
}

/**
 * The export API: `POST /exports` starts an export of a connection or a list of a query (202 with
 * its id and URLs, or the graph's errors at once), `GET /exports/:id` tells how far it is, and
 * `GET /exports/:id/file` downloads it. Every request signs in as `/graphql` does, and a job is
 * seen only by the principal that asked for it.
 */
export function mountExports(app: Express, options: ExportRoutesOptions): void {
  const router = express.Router();
  const signedIn = signIn(options.authenticate);

  router.post(
    '/',
    signedIn,
    express.json({ limit: MAX_BODY_BYTES }),
    async (request: Request, response: Response) => {
      const { principal, token } = callerOf(response);
      try {
        const exportRequest = readExportRequest(request.body, options.schema());
        const job = await options.jobs.start(principal, exportRequest, {
          token,
          purpose: readPurpose(request.header(PURPOSE_HEADER)),
        });
        const urls = withUrls(job);
        response.location(urls.statusUrl);
        answer(response, 202, {
          id: urls.id,
          status: urls.status,
          statusUrl: urls.statusUrl,
          fileUrl: urls.fileUrl,
        });
      } catch (error) {
        if (error instanceof BadExportRequest)
          return problem(response, 400, 'BAD_USER_INPUT', error.message, error.field);
        if (error instanceof TooManyExports)
          return problem(response, 429, 'TOO_MANY_EXPORTS', error.message);
        if (error instanceof ExportsStopped)
          return problem(response, 503, 'UNAVAILABLE', error.message);
        if (error instanceof ExportError) {
          if (error.details.errors)
            return answer(response, refusalStatus(error), { errors: error.details.errors });
          if (error.details.field)
            return problem(response, 400, 'BAD_USER_INPUT', error.message, error.details.field);
          return problem(response, 502, 'INTERNAL_SERVER_ERROR', error.message);
        }
        throw error;
      }
    },
  );

  router.get('/:id', signedIn, (request: Request<{ id: string }>, response: Response) => {
    const job = options.jobs.find(callerOf(response).principal, request.params.id);
    if (!job) return problem(response, 404, 'NOT_FOUND', 'no such export');
    answer(response, 200, withUrls(job));
  });

  router.get('/:id/file', signedIn, (request: Request<{ id: string }>, response: Response) => {
    const found = options.jobs.file(callerOf(response).principal, request.params.id);
    if (!found) return problem(response, 404, 'NOT_FOUND', 'no such export');
    const { view } = found;
    if (view.status !== 'DONE') {
      return answer(response, 409, {
        error: {
          code: 'CONFLICT',
          message:
            view.status === 'RUNNING'
              ? `the export is still running (${view.rows} rows so far)`
              : `the export failed: ${view.error?.message ?? 'unknown error'}`,
        },
        status: view.status,
      });
    }
    // The file holds what the caller was allowed to see: personal data, for no cache to keep.
    response.set('cache-control', 'private, no-store');
    response.set('x-content-type-options', 'nosniff');
    response.attachment(view.filename);
    response.type(EXPORT_FORMATS[view.format].contentType);
    response.sendFile(found.path, { cacheControl: false }, (error) => {
      // Expired between the lookup and the read: as if it had never been.
      if (error && !response.headersSent) problem(response, 404, 'NOT_FOUND', 'no such export');
    });
  });

  const failed: ErrorRequestHandler = (error: { type?: string }, _request, response, next) => {
    if (response.headersSent) return next(error);
    if (error.type === 'entity.parse.failed')
      return problem(response, 400, 'BAD_USER_INPUT', 'the body is not valid JSON', 'body');
    if (error.type === 'entity.too.large')
      return problem(response, 413, 'BAD_USER_INPUT', 'the body is too large', 'body');
    options.logger.error({ err: error }, 'export request failed');
    problem(response, 500, 'INTERNAL_SERVER_ERROR', 'the export could not be started');
  };
  router.use(failed);
  app.use('/exports', router);
}
