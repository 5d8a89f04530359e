import { loadCypher } from '../../server/cypher';
import { testConfig } from '../support/env';
import { LONGEST_PATH_STATEMENT, pathStatementName } from '../../server/services/paths';

describe('services/paths', () => {
  it('has a statement for every hop bound the API allows, with that bound in its pattern', () => {
    const files = loadCypher();
    expect(LONGEST_PATH_STATEMENT).toBeGreaterThanOrEqual(testConfig().limits.maxHops);
    for (let hops = 1; hops <= LONGEST_PATH_STATEMENT; hops++) {
      const file = files.get(pathStatementName(hops));
      expect(file?.text).toContain(`){1,${hops}} (b)`);
      expect(file?.params).not.toContain('maxHops');
    }
  });

  it('refuses a hop bound no statement has', () => {
    for (const hops of [0, LONGEST_PATH_STATEMENT + 1, 2.5]) expect(() => pathStatementName(hops)).toThrow(RangeError);
  });
});
