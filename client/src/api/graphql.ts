// A small typed GraphQL client: POST /graphql, and errors sorted into what the page can say about them.
// Every request reports to listeners so one banner and one progress bar cover the whole page.

// TOO_LARGE is the server's BAD_USER_INPUT for a request over one of its limits (cost, aliases, …):
// the page can split such a request, and retrying it unchanged can never succeed.
export type ApiErrorCode = 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'BAD_USER_INPUT' | 'TOO_LARGE' | 'NOT_FOUND' | 'INTERNAL' | 'ABORTED';

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
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for errors that mean "the service is down", as opposed to "this request was wrong". */
  get isOutage(): boolean {
    return this.code === 'SERVICE_UNAVAILABLE' || this.code === 'NETWORK';
  }

  /** Whether sending the same request again can succeed: after an outage or a server fault, not after a refusal. */
  get retryable(): boolean {
    return this.isOutage || this.code === 'INTERNAL';
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
  errors?: { message: string; extensions?: { code?: string; limit?: unknown; max?: unknown; actual?: unknown } }[];
}

type ErrorExtensions = NonNullable<NonNullable<GraphQLResponse<unknown>['errors']>[number]['extensions']>;

function limitOf(ext: ErrorExtensions | undefined): LimitInfo | null {
  if (!ext || typeof ext.limit !== 'string' || typeof ext.max !== 'number' || typeof ext.actual !== 'number') return null;
  return { limit: ext.limit, max: ext.max, actual: ext.actual };
}

export const GRAPHQL_ENDPOINT = '/graphql';

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
    if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') return new ApiError('BAD_USER_INPUT', first.message);
    if (code === 'NOT_FOUND') return new ApiError('NOT_FOUND', first.message);
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
}

const onlyNotFound = (body: GraphQLResponse<unknown> | null): boolean =>
  body?.data != null && (body.errors ?? []).every((e) => e.extensions?.code === 'NOT_FOUND');

async function send<T>(query: string, variables: Record<string, unknown>, signal: AbortSignal | undefined, options: GqlOptions): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
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
  for (const l of listeners) l.onStart();
  let failure: ApiError | null = null;
  try {
    return await send<T>(query, variables, signal, options);
  } catch (err) {
    failure = err instanceof ApiError ? err : new ApiError('INTERNAL', String(err));
    throw failure;
  } finally {
    const reported = failure?.code === 'ABORTED' || (failure && options.handles?.(failure)) ? null : failure;
    for (const l of listeners) l.onEnd(reported);
  }
}
