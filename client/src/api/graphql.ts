// A small typed GraphQL client: POST /graphql, and errors sorted into what the page can say about them.
// Every request reports to listeners so one banner and one progress bar cover the whole page.

export type ApiErrorCode = 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL' | 'ABORTED';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for errors that mean "the service is down", as opposed to "this request was wrong". */
  get isOutage(): boolean {
    return this.code === 'SERVICE_UNAVAILABLE' || this.code === 'NETWORK';
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
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

function classify(status: number, body: GraphQLResponse<unknown> | null): ApiError | null {
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (status === 503 || code === 'SERVICE_UNAVAILABLE') {
    return new ApiError('SERVICE_UNAVAILABLE', first?.message ?? 'The graph database is unavailable; try again shortly');
  }
  if (first) {
    if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') return new ApiError('BAD_USER_INPUT', first.message);
    if (code === 'NOT_FOUND') return new ApiError('NOT_FOUND', first.message);
    return new ApiError('INTERNAL', first.message);
  }
  if (status >= 500) return new ApiError('SERVICE_UNAVAILABLE', `The server answered ${status}`);
  if (status >= 400) return new ApiError('BAD_USER_INPUT', `The server answered ${status}`);
  return null;
}

async function send<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
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
  const error = classify(response.status, body);
  if (error) throw error;
  if (body?.data == null) throw new ApiError('INTERNAL', 'The server sent no data');
  return body.data;
}

/** Runs a query; cancelled requests (typing ahead in search) are not reported as errors. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  for (const l of listeners) l.onStart();
  let failure: ApiError | null = null;
  try {
    return await send<T>(query, variables, signal);
  } catch (err) {
    failure = err instanceof ApiError ? err : new ApiError('INTERNAL', String(err));
    throw failure;
  } finally {
    const reported = failure?.code === 'ABORTED' ? null : failure;
    for (const l of listeners) l.onEnd(reported);
  }
}
