// How the canvas labels entities and sizes a fitted force layout, without a canvas.
import { SHORT_NAME, canvasElements, chineseNameOf, nodeLabels } from '../../client/src/canvas/elements';
import { LABEL_SIZE, MIN_LABEL_PX, labelSizeFor } from '../../client/src/canvas/labels';
import { stretchFactors } from '../../client/src/canvas/layout';
import { addNeighbourhood, toggleChineseNames } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { fromQuery, toQuery, viewOf } from '../../client/src/url/viewState';
import { entity, nioSubgraph } from './client-fixtures';

describe('canvas/elements labels', () => {
  const ndrc = entity('ndrc', { name: 'National Development and Reform Commission', aliases: ['NDRC', '国家发展和改革委员会', '发改委'] });

  it('cuts a long name on the canvas and keeps the whole one for hover and selection', () => {
    const { label, full } = nodeLabels(ndrc, false);
    expect(label.length).toBeLessThanOrEqual(SHORT_NAME);
    expect(label).toMatch(/^National Development.*…$/);
    expect(full).toBe('National Development and Reform Commission');
    expect(nodeLabels(entity('nio', { name: 'NIO' }), false)).toEqual({ label: 'NIO', full: 'NIO' });
  });

  it('adds the first Chinese alias on a second line when asked, and nothing for an entity without one', () => {
    expect(chineseNameOf(ndrc)).toBe('国家发展和改革委员会');
    expect(nodeLabels(ndrc, true).full).toBe('National Development and Reform Commission\n国家发展和改革委员会');
    expect(nodeLabels(entity('x', { aliases: ['Ex'] }), true)).toEqual({ label: 'X', full: 'X' });
  });

  it('labels the canvas by the state\'s choice, which the URL keeps', () => {
    const s = toggleChineseNames(addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph));
    const nio = canvasElements(s).find((e) => e.data.id === 'nio');
    expect(nio?.data.label).toBe('NIO\n蔚来');
    expect(fromQuery(toQuery(viewOf(s))).chineseNames).toBe(true);
    expect(toQuery(viewOf(toggleChineseNames(s)))).not.toContain('zh=');
  });
});

describe('canvas/labels', () => {
  it('keeps labels at least MIN_LABEL_PX on screen as the zoom falls, up to three times their size', () => {
    expect(labelSizeFor(1)).toBe(LABEL_SIZE);
    expect(labelSizeFor(2)).toBe(LABEL_SIZE);
    for (const zoom of [0.9, 0.6, 0.4]) expect(labelSizeFor(zoom) * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.25);
    expect(labelSizeFor(0.05)).toBe(LABEL_SIZE * 3);
  });
});

describe('canvas/layout stretch', () => {
  it('stretches a round layout along its short side to a wide canvas, within a limit', () => {
    expect(stretchFactors({ w: 1000, h: 1000 }, { w: 1500, h: 1000 })).toEqual({ sx: 1.5, sy: 1 });
    expect(stretchFactors({ w: 2000, h: 1000 }, { w: 1000, h: 1000 })).toEqual({ sx: 1, sy: 1.7 });
    expect(stretchFactors({ w: 0, h: 10 }, { w: 10, h: 10 })).toEqual({ sx: 1, sy: 1 });
  });
});
