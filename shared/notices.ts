import type { ApolloServerPlugin } from '@apollo/server';

// Notices: what a write wants its caller to see beside the answer — a warning that does not stop
// the write — carried in the response's `extensions.notices`, so that a system that did not
// select the field that holds it still receives it. A subgraph collects them in the request's
// context; the gateway gathers those of every subgraph fetch into the client's response.

/** A notice in a response's `extensions.notices`. */
export interface ResponseNotice {
  /** What kind of notice, in capitals (`OTHER_HELP_IN_WINDOW`). */
  code: string;
  message: string;
  /** The field of the answer it is about. */
  path: string[];
  /** Departments it names. */
  departments: string[];
}

/** Whether a value read from a subgraph's answer is a list of notices. */
export function isNoticeList(value: unknown): value is ResponseNotice[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as ResponseNotice).code === 'string' &&
        typeof (item as ResponseNotice).message === 'string',
    )
  );
}

/** Puts the notices the request's context collected into its response's extensions. */
export function responseNotices<
  Context extends { notices?: ResponseNotice[] },
>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const notices = contextValue.notices;
          if (!notices?.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, notices };
        },
      };
    },
  };
}
