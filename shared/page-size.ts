// Page sizes live apart from the connection types so that the gateway can read them without
// loading type-graphql's decorators.

/** The largest page a client may ask for; large enough for a dashboard, small enough to stay fast. */
export const MAX_PAGE_SIZE = 500;
/** The page served when a client gives no `first`. */
export const DEFAULT_PAGE_SIZE = 50;
