// A small SVG of an entity kind's canvas shape in its type colour, for the legend, search and panels.
import type { ReactElement } from 'react';
import type { EntityKind, EntityType } from '../model/types';
import { KIND_STYLES, TYPE_COLOURS } from '../theme/entityStyles';
import type { NodeShape } from '../theme/entityStyles';

const C = 8;
const R = 7;

/** Regular polygon around the centre, first vertex pointing up as Cytoscape draws them. */
function ngon(sides: number, rotate = 0): string {
  return Array.from({ length: sides }, (_, i) => {
    const a = -Math.PI / 2 + rotate + (i * 2 * Math.PI) / sides;
    return `${(C + R * Math.cos(a)).toFixed(2)},${(C + R * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
}

/** Five-pointed star, as Cytoscape's 'star' shape. */
function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? R : R * 0.45;
    return `${(C + r * Math.cos(a)).toFixed(2)},${(C + r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
}

const POLYGONS: Partial<Record<NodeShape, string>> = {
  'round-triangle': '8,1 15,14 1,14',
  hexagon: ngon(6, Math.PI / 6),
  star: star(),
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
  'round-diamond': '8,1 15,8 8,15 1,8',
  pentagon: ngon(5),
  tag: '1,3 11,3 15,8 11,13 1,13',
  heptagon: ngon(7),
  rhomboid: '4,3 15,3 12,13 1,13',
  'concave-hexagon': '1,2 15,2 12,8 15,14 1,14 4,8',
};

export function KindGlyph({ kind, type, size = 16 }: { kind: EntityKind; type: EntityType; size?: number }): ReactElement {
  const shape = KIND_STYLES[kind].shape;
  const fill = TYPE_COLOURS[type];
  const common = { fill, stroke: '#ffffff', strokeWidth: 1 };
  let body: ReactElement;
  if (shape === 'ellipse') body = <circle cx={C} cy={C} r={R} {...common} />;
  else if (shape === 'round-rectangle') body = <rect x={1} y={2} width={14} height={12} rx={3} {...common} />;
  else if (shape === 'barrel') body = <path d="M2 3Q8 0 14 3Q16 8 14 13Q8 16 2 13Q0 8 2 3Z" {...common} />;
  else body = <polygon points={POLYGONS[shape] ?? ngon(4)} {...common} />;
  return (
    <svg className="kind-glyph" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {body}
    </svg>
  );
}
