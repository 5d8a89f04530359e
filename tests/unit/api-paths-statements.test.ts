import { loadCypher } from '../../server/cypher';
import { HUB_DEGREE } from '../../server/services/hubs';
import { PATH_CAPS } from '../../server/services/paths';
import { PATHS_SEARCHED } from '../../server/services/path-search';
import { testConfig } from '../support/env';

describe('services/paths', () => {
  it('reads a level with one statement that caps one entity’s links and the level’s rows', () => {
    const file = loadCypher().get('query/paths/expand');
    expect(file?.params.sort()).toEqual(['exclude', 'fanout', 'filter', 'frontier', 'limit', 'targets']);
    expect(file?.text).toContain('LIMIT $fanout');
    expect(file?.text).toContain('LIMIT $limit');
  });

  it('cuts only hubs: an entity of up to HUB_DEGREE links is read whole, and a level holds several of them', () => {
    expect(PATH_CAPS.fanout).toBe(HUB_DEGREE);
    expect(PATH_CAPS.levelRows).toBeGreaterThan(HUB_DEGREE);
  });

  it('ranks as many paths as the API may ask for', () => {
    expect(PATHS_SEARCHED).toBeGreaterThanOrEqual(testConfig().limits.maxPaths);
  });
});
