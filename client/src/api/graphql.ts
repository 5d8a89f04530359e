// A small typed GraphQL client: POST /graphql, and errors sorted into what the page can say about them.
// Every request reports to listeners so one banner and one progress bar cover the whole page.
// After a write the server sends the transaction's bookmark; the page keeps the latest and sends it
// back on every request, so that a read served by another replica still sees the write (docs/scaling.md).

// TOO_LARGE is the server's BAD_USER_INPUT for a request over one of its limits (cost, aliases, …):
// the page can split such a request, and retrying it unchanged can never succeed.
// UNAUTHENTICATED, FORBIDDEN, CONFLICT and TOO_MANY_REQUESTS come from editing; its forms show them.
export type ApiErrorCode =
  | 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'BAD_USER_INPUT' | 'TOO_LARGE' | 'NOT_FOUND' | 'INTERNAL' | 'ABORTED'
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** Which server limit a request went over, as the error's extensions say: what it allows and what was asked. */
export interface LimitInfo {
  readonly limit: string;
  readonly max: number;
  readonly actual: number;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    /** For developers (the console, bug reports); the page words errors for readers (text/errors.ts). */
    message: string,
    readonly limit: LimitInfo | null = null,
    /** The error's extensions as the server sent them (CONFLICT's currentVersion, the argument at fault, problems). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for errors that mean "the service is down", as opposed to "this request was wrong". */
  get isOutage(): boolean {
    return this.code === 'SERVICE_UNAVAILABLE' || this.code === 'NETWORK';
  }

  /** Whether sending the same request again can succeed: after an outage, a server fault or a rate limit, not after a refusal. */
  get retryable(): boolean {
    return this.isOutage || this.code === 'INTERNAL' || this.code === 'TOO_MANY_REQUESTS';
  }
}

export interface ApiEvents {
  onStart(): void;
  onEnd(error: ApiError | null): void;
}

const listeners = new Set<ApiEvents>();

export function listenToApi(events: ApiEvents): () => void {
  listeners.add(events);
  return () => listeners.delete(events);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; limit?: unknown; max?: unknown; actual?: unknown } & Record<string, unknown> }[];
}

type ErrorExtensions = NonNullable<NonNullable<GraphQLResponse<unknown>['errors']>[number]['extensions']>;

function limitOf(ext: ErrorExtensions | undefined): LimitInfo | null {
  if (!ext || typeof ext.limit !== 'string' || typeof ext.max !== 'number' || typeof ext.actual !== 'number') return null;
  return { limit: ext.limit, max: ext.max, actual: ext.actual };
}

export const GRAPHQL_ENDPOINT = '/graphql';

/** The header a write's bookmark comes back in, and that the page sends it back in. */
export const BOOKMARK_HEADER = 'X-Linkage-Bookmark';

let bookmark: string | null = null;

/** The latest write's bookmark, or null before the page has written anything. */
export const currentBookmark = (): string | null => bookmark;

/** Keeps the bookmark a response carries (only writes carry one). */
export function keepBookmark(response: Response): void {
  const sent = response.headers.get(BOOKMARK_HEADER);
  if (sent) bookmark = sent;
}

/** Headers every request to the API sends: the bookmark, once there is one. */
export function apiHeaders(): Record<string, string> {
  return bookmark ? { [BOOKMARK_HEADER]: bookmark } : {};
}

/** Codes passed on as they are, with their extensions, for the caller to word. */
const PASSED_ON: readonly ApiErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'TOO_MANY_REQUESTS'];

function classify(status: number, body: GraphQLResponse<unknown> | null): ApiError | null {
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (status === 503 || code === 'SERVICE_UNAVAILABLE') {
    return new ApiError('SERVICE_UNAVAILABLE', first?.message ?? 'The graph database is unavailable; try again shortly');
  }
  if (first) {
    const limit = limitOf(first.extensions);
    if (limit) return new ApiError('TOO_LARGE', first.message, limit);
    // The parser's token limit stops before any rule runs, so it names no figures.
    if (code === 'GRAPHQL_PARSE_FAILED' && /\btokens\b/.test(first.message)) return new ApiError('TOO_LARGE', first.message);
    const extensions = first.extensions ?? {};
    if (code === 'GRAPHQL_VALIDATION_FAILED') return new ApiError('BAD_USER_INPUT', first.message, null, extensions);
    if (PASSED_ON.includes(code as ApiErrorCode)) return new ApiError(code as ApiErrorCode, first.message, null, extensions);
    return new ApiError('INTERNAL', first.message);
  }
  if (status >= 500) return new ApiError('SERVICE_UNAVAILABLE', `The server answered ${status}`);
  if (status >= 400) return new ApiError('BAD_USER_INPUT', `The server answered ${status}`);
  return null;
}

export interface GqlOptions {
  /**
   * Accept an answer whose only errors are NOT_FOUND (nullable fields left null): a shared view
   * may name an entity or a link that has since gone, and the rest of it should still open.
   */
  readonly partial?: boolean;
  /** Errors the caller deals with itself (splitting a request that was too large) do not reach the banner. */
  readonly handles?: (error: ApiError) => boolean;
  /**
   * The caller shows a request's own error itself (a form says which field is wrong, a CONFLICT
   * offers to reload): only an outage goes to the page's banner.
   */
  readonly inline?: boolean;
  /**
   * A request the page makes of its own accord for something it can do without (what the graph
   * holds): it is not counted as loading (the empty canvas stays) and a failure reaches no banner.
   */
  readonly background?: boolean;
}

const onlyNotFound = (body: GraphQLResponse<unknown> | null): boolean =>
  body?.data != null && (body.errors ?? []).every((e) => e.extensions?.code === 'NOT_FOUND');

async function send<T>(query: string, variables: Record<string, unknown>, signal: AbortSignal | undefined, options: GqlOptions): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...apiHeaders() },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    keepBookmark(response);
  } catch (err) {
    if (signal?.aborted) throw new ApiError('ABORTED', 'Request cancelled');
    throw new ApiError('NETWORK', `Cannot reach the server (${err instanceof Error ? err.message : String(err)})`);
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    if (signal?.aborted) throw new ApiError('ABORTED', 'Request cancelled');
    body = null;
  }
  const error = options.partial && onlyNotFound(body) ? null : classify(response.status, body);
  if (error) throw error;
  if (body?.data == null) throw new ApiError('INTERNAL', 'The server sent no data');
  return body.data;
}

/** Runs a query; cancelled requests (typing ahead in search) are not reported as errors. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal, options: GqlOptions = {}): Promise<T> {
  if (options.background === true) return send<T>(query, variables, signal, options);
  for (const l of listeners) l.onStart();
  let failure: ApiError | null = null;
  try {
    return await send<T>(query, variables, signal, options);
  } catch (err) {
    failure = err instanceof ApiError ? err : new ApiError('INTERNAL', String(err));
    throw failure;
  } finally {
    const shownInline = options.inline === true && failure !== null && !failure.isOutage;
    const reported = failure?.code === 'ABORTED' || shownInline || (failure && options.handles?.(failure)) ? null : failure;
    for (const l of listeners) l.onEnd(reported);
  }
}
