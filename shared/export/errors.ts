/** One error of a GraphQL answer, as the gateway formats it. */
export interface AnsweredError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** What went wrong beside the message: the request's part at fault, or the gateway's answer. */
export interface ExportErrorDetails {
  /** `query` or `path` when the request itself cannot be exported. */
  field?: 'query' | 'path';
  /** The GraphQL errors the gateway answered with. */
  errors?: AnsweredError[];
  /** The HTTP status of that answer. */
  status?: number;
}

/** The gateway refused the query or answered with errors: an export must not be silently partial. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly details: ExportErrorDetails = {},
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
