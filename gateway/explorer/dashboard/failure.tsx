import type { QueryError } from './graphql.js';

/** A failed query, said plainly where its figures would be: what, which code, which argument. */
export function QueryFailure({ error }: { error: QueryError }) {
  return (
    <div className="hub-failure" role="alert" data-code={error.code}>
      <strong>查询失败</strong> {error.message}
      <span className="hub-failure__detail">
        {error.code}
        {error.field ? ` · ${error.field}` : ''}
      </span>
    </div>
  );
}
