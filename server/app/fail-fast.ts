// While the breaker is open, /graphql and /export/* are answered here, before the body is even
// read: 503 SERVICE_UNAVAILABLE with Retry-After, in the shape GraphQL errors have. Parsing,
// validating and costing an operation only to have its first query refused would cost more than
// the answer, and the point of an open breaker is to answer at once. (Reads already in flight
// are released by the Db itself, see server/db.)
import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../db';
import { ErrorCode, UNAVAILABLE_MESSAGE } from '../errors';
import { requestRecord } from './request-log';

export function failFastWhileDown(db: Db) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (!db.breaker.isOpen()) { next(); return; }
    requestRecord(res).errorCodes.push(ErrorCode.SERVICE_UNAVAILABLE);
    res.status(503)
      .set('Retry-After', String(db.breaker.retryAfterSeconds()))
      .set('Cache-Control', 'no-store')
      .json({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
  };
}
