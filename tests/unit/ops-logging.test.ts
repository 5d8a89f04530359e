// The logger's terminal format, its redaction, and the metrics' label cap.
import { prettyLine } from '../../server/logging';
import { MAX_OPERATION_LABELS, Metrics } from '../../server/metrics';
import { captureLogger } from '../support/log-capture';

describe('logging › logger', () => {
  it('drops lines below its level', () => {
    const log = captureLogger('warn');
    log.logger.info('not this');
    log.logger.warn('this');
    expect(log.lines().map((l) => l.msg)).toEqual(['this']);
  });

  it('redacts passwords, tokens, variables and credential headers in anything logged', () => {
    const log = captureLogger('info');
    log.logger.info({ password: 'pw-secret', token: 'tk-secret', variables: { a: 'var-secret' }, headers: { authorization: 'Bearer hd-secret', cookie: 'ck-secret' } }, 'careless');
    expect(log.text()).not.toMatch(/pw-secret|tk-secret|var-secret|hd-secret|ck-secret/);
    expect(log.lines()[0]).toMatchObject({ password: '[redacted]', headers: { authorization: '[redacted]' } });
  });
});

describe('logging › prettyLine', () => {
  it('prints time, level, component, message and the other fields on one line', () => {
    const line = prettyLine({ level: 30, time: '2026-01-02T12:04:05.120Z', pid: 1, component: 'neo4j', msg: 'request', status: 200, path: '/graphql', note: 'two words' });
    expect(line).toBe('12:04:05.120 INFO  [neo4j] request  status=200 path=/graphql note="two words"\n');
  });

  it("puts an error's stack on the lines after it", () => {
    const line = prettyLine({ level: 50, time: '2026-01-02T12:04:05.120Z', msg: 'failed', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(line).toBe('12:04:05.120 ERROR failed\n  Error: boom\n      at x\n');
  });
});

describe('metrics › operation labels', () => {
  it('keeps client-chosen operation names as labels only up to the cap', () => {
    const metrics = new Metrics();
    for (let i = 0; i < MAX_OPERATION_LABELS; i += 1) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('(other)');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
    expect(metrics.operationLabel(null)).toBe('(anonymous)');
    expect(metrics.operationLabel('not a name')).toBe('(other)');
  });
});
