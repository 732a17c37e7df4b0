import type { GraphQLSchema } from 'graphql';
import { planExport, type ExportPlan } from '../../shared/export/columns.js';
import { ExportError } from '../../shared/export/errors.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../shared/export/formats.js';
import { DEFAULT_EXPORT_PAGE_SIZE } from '../../shared/export/pager.js';
import { MAX_PAGE_SIZE } from '../../shared/page-size.js';

/** An export as asked by `POST /exports`, checked, with what it will write. */
export interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  /** Dotted path to a connection or a list in the answer, e.g. `region.stations`. */
  path: string;
  format: ExportFormat;
  /** The download's name, ending in the format's extension. */
  filename: string;
  /** Rows asked per page of a connection. */
  pageSize: number;
  plan: ExportPlan;
}

/** A request that cannot be exported; `field` names the part of the body at fault. */
export class BadExportRequest extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'BadExportRequest';
  }
}

const FIELDS = ['query', 'variables', 'path', 'format', 'filename', 'pageSize'];
const PATH = /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/;
/** Characters no file system or browser keeps in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\:*?"<>|]/;
const MAX_FILENAME = 120;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The download's name: as given (with the extension added when absent), or after the path. */
function filenameOf(given: unknown, path: string, format: ExportFormat): string {
  if (given === undefined || given === null) return `${path.replaceAll('.', '-')}.${format}`;
  if (typeof given !== 'string') throw new BadExportRequest('filename', 'must be a string');
  const name = given.trim();
  if (!name) throw new BadExportRequest('filename', 'must not be empty');
  if (UNSAFE_NAME.test(name))
    throw new BadExportRequest(
      'filename',
      'must not hold control characters or any of / \\ : * ? " < > |',
    );
  const extension = /\.(csv|xlsx)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension && extension !== format)
    throw new BadExportRequest('filename', `ends in .${extension} but the format is ${format}`);
  const full = extension ? name : `${name}.${format}`;
  if (full.length > MAX_FILENAME)
    throw new BadExportRequest('filename', `must be at most ${MAX_FILENAME} characters`);
  return full;
}

/**
 * Reads the body of `POST /exports`: `query`, `path` and `format` (`csv` or `xlsx`) required,
 * `variables`, `filename` and `pageSize` optional, nothing else. The query is read for what it
 * will write (see {@link planExport}) with the schema's types when given; any problem is a
 * {@link BadExportRequest} naming its field.
 */
export function readExportRequest(body: unknown, schema?: GraphQLSchema): ExportRequest {
  if (!isObject(body))
    throw new BadExportRequest(
      'body',
      'send a JSON object with content-type: application/json: { query, path, format, variables?, filename?, pageSize? }',
    );
  const unknown = Object.keys(body).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined)
    throw new BadExportRequest(unknown, `is not a field of an export (${FIELDS.join(', ')})`);

  const { query, path, format } = body;
  if (typeof query !== 'string' || !query.trim())
    throw new BadExportRequest('query', 'must be the text of a GraphQL query');
  if (typeof path !== 'string' || !PATH.test(path))
    throw new BadExportRequest(
      'path',
      'must be the dotted path of a connection or a list in the answer, e.g. region.stations',
    );
  if (!isExportFormat(format))
    throw new BadExportRequest(
      'format',
      `must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`,
    );

  const variables = body.variables ?? {};
  if (!isObject(variables)) throw new BadExportRequest('variables', 'must be a JSON object');

  const pageSize = body.pageSize ?? DEFAULT_EXPORT_PAGE_SIZE;
  if (
    typeof pageSize !== 'number' ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > MAX_PAGE_SIZE
  )
    throw new BadExportRequest('pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);

  let plan: ExportPlan;
  try {
    plan = planExport(query, path, schema);
  } catch (error) {
    if (error instanceof ExportError && error.details.field)
      throw new BadExportRequest(error.details.field, error.message);
    throw error;
  }
  if (plan.shape === 'connection') {
    // The export asks every page itself; a `first` or `after` of the caller's would be lost.
    for (const name of ['first', 'after'])
      if (name in variables)
        throw new BadExportRequest(
          `variables.${name}`,
          `the export pages the connection with $first and $after itself; use pageSize`,
        );
  }
  return {
    query,
    variables,
    path,
    format,
    filename: filenameOf(body.filename, path, format),
    pageSize,
    plan,
  };
}
