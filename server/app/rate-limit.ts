// Requests per client and minute (docs/operations.md): every /graphql and /export request, every
// mutation on top of that, and every POST /auth/login (per address, right password or not; the
// failed-sign-in limit in server/accounts is the slower, per-account guard). A signed-in client is
// counted by account, so colleagues behind one office address do not share a budget; anyone else by
// address (the proxy's, unless LINKAGE_TRUST_PROXY says to believe X-Forwarded-For).
// Counts are in memory (rate-limiter-flexible), so each replica counts on its own.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { viewerOf } from '../accounts';
import type { RateLimitConfig } from '../config';
import { ErrorCode } from '../errors';
import type { Context } from '../resolvers';
import { requestRecord } from './request-log';

export type RateKind = 'request' | 'write' | 'login';

const RATE_KEY = 'linkage.rateKey';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

const tooMany = (kind: RateKind, seconds: number): string =>
  `Too many ${kind === 'write' ? 'changes' : kind === 'login' ? 'sign-in attempts' : 'requests'}; try again in ${seconds} s`;

export class RateLimits {
  private readonly limiters: Record<RateKind, RateLimiterMemory>;

  constructor(private readonly config: RateLimitConfig) {
    const per = (keyPrefix: string, points: number): RateLimiterMemory => new RateLimiterMemory({ keyPrefix, points, duration: 60 });
    this.limiters = {
      request: per('rate-request', config.requestsPerMinute),
      write: per('rate-write', config.writesPerMinute),
      login: per('rate-login', config.loginsPerMinute),
    };
  }

  /** Who the request is counted as; null when it is not counted (this machine, if exempt). */
  keyOf(req: Request, res: Response): string | null {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (this.config.exemptLoopback && LOOPBACK.test(address)) return null;
    const viewer = viewerOf(res);
    return viewer ? `account:${viewer.id}` : `address:${address}`;
  }

  /** Counts one request; the seconds to wait when it is over the limit, else null. */
  async take(kind: RateKind, key: string): Promise<number | null> {
    try {
      await this.limiters[kind].consume(key);
      return null;
    } catch (refusal) {
      // rate-limiter-flexible rejects with its RateLimiterRes when over; anything else is a bug.
      if (refusal instanceof Error) throw refusal;
      const ms = (refusal as { msBeforeNext?: number }).msBeforeNext ?? 1000;
      return Math.max(1, Math.ceil(ms / 1000));
    }
  }

  /** Express middleware counting `kind`; it remembers the key for the write check inside GraphQL. */
  middleware(kind: RateKind): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      const key = this.keyOf(req, res);
      res.locals[RATE_KEY] = key;
      if (key === null) { next(); return; }
      this.take(kind, key).then((wait) => {
        if (wait === null) { next(); return; }
        requestRecord(res).errorCodes.push(ErrorCode.TOO_MANY_REQUESTS);
        res.status(429).set('Retry-After', String(wait)).set('Cache-Control', 'no-store')
          .json({ errors: [{ message: tooMany(kind, wait), extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: wait } }] });
      }, next);
    };
  }

  /** Mutations count against the write limit once the operation's type is known. */
  writePlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation, contextValue }) => {
          const key = contextValue.request.rateKey;
          if (operation?.operation !== 'mutation' || key === undefined || key === null) return;
          const wait = await this.take('write', key);
          if (wait === null) return;
          throw new GraphQLError(tooMany('write', wait), {
            extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: wait, http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) } },
          });
        },
      }),
    };
  }
}

/** The key the request middleware counted this request as (undefined when none ran). */
export const rateKeyOf = (res: Response): string | null | undefined => res.locals[RATE_KEY] as string | null | undefined;
