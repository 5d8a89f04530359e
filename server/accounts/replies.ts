// How the /auth routes and the sign-in gate answer errors: as /graphql and /export do,
// { errors: [{ message, extensions: { code } }] }, through the API's one error formatter, with the
// HTTP status the error carries (401, 415, 429, 503 …). Anything unexpected is a 500 with a fixed message.
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';
import { createFormatError } from '../app/format-error';

const formatError = createFormatError((message, error) => console.error(message.replace('GraphQL', 'Sign-in'), error));

export function httpError(message: string, code: ErrorCode, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...extra } });
}

export function sendError(res: Response, error: unknown): void {
  const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error);
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  res.setHeader('Cache-Control', 'no-store');
  res.status(formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR ? 500 : (status ?? 400)).json({ errors: [formatted] });
}
