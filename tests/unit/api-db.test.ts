import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { Db, toDomainError } from '../../server/db';
import { ErrorCode } from '../../server/errors';

const neo4jError = (code: string): Neo4jError => new Neo4jError(`raw ${code} from bolt://10.0.0.5`, code, '50N42', 'error');

describe('db › toDomainError', () => {
  it('turns an unreachable database into SERVICE_UNAVAILABLE with HTTP 503, keeping the cause', () => {
    const mapped = toDomainError(neo4jError('ServiceUnavailable'));
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect((mapped as GraphQLError).extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } });
    expect((mapped as GraphQLError).message).not.toContain('bolt://');
  });

  it('turns a transaction that ran out of time into SERVICE_UNAVAILABLE that says to ask for less', () => {
    const mapped = toDomainError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')) as GraphQLError;
    expect(mapped.extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(mapped.message).toBe('The graph database did not answer in time; ask for less (smaller first, limit, depth or maxHops) or try again');
  });

  it('leaves other Neo4j errors alone, for the error formatter to hide', () => {
    const err = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(toDomainError(err)).toBe(err);
  });
});

describe('db › withTimeout', () => {
  it('shares the driver and limits only the view it returns', async () => {
    const db = new Db({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused-password' });
    const view = db.withTimeout(1500);
    expect(view.driver).toBe(db.driver);
    expect(view.timeoutMs).toBe(1500);
    expect(db.timeoutMs).toBeNull();
    await db.close();
  });
});
