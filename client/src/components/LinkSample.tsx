// A short SVG line drawn like a canvas edge: the type's colour, weight and arrowhead, the status's dash,
// and in an as-of view the reading of the date (an aged report, an undated link).
import type { ReactElement } from 'react';
import type { RelationType, Status } from '../model/types';
import { DASH_PATTERNS, READING_STYLES, RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import type { ArrowShape } from '../theme/relationStyles';

const NEUTRAL = '#5c6670';

function arrowHead(shape: ArrowShape, colour: string, hollow: boolean): ReactElement | null {
  const tip = 34;
  if (hollow) return <polygon points={`${tip},6 ${tip - 8},2 ${tip - 8},10`} fill="#ffffff" stroke={colour} strokeWidth={1.2} />;
  switch (shape) {
    case 'none':
      return null;
    case 'circle':
      return <circle cx={tip - 3} cy={6} r={3} fill={colour} />;
    case 'square':
      return <rect x={tip - 6} y={3} width={6} height={6} fill={colour} />;
    case 'diamond':
      return <polygon points={`${tip},6 ${tip - 4},2.5 ${tip - 8},6 ${tip - 4},9.5`} fill={colour} />;
    case 'tee':
      return <rect x={tip - 2} y={1.5} width={2.2} height={9} fill={colour} />;
    case 'vee':
    case 'chevron':
      return <polyline points={`${tip - 7},2 ${tip},6 ${tip - 7},10`} fill="none" stroke={colour} strokeWidth={2} />;
    case 'triangle-tee':
      return (
        <>
          <polygon points={`${tip - 3},6 ${tip - 10},2 ${tip - 10},10`} fill={colour} />
          <rect x={tip - 2} y={2} width={2} height={8} fill={colour} />
        </>
      );
    case 'triangle-backcurve':
      return <path d={`M${tip} 6 L${tip - 8} 1.5 Q${tip - 5} 6 ${tip - 8} 10.5 Z`} fill={colour} />;
    case 'triangle':
      return <polygon points={`${tip},6 ${tip - 8},2 ${tip - 8},10`} fill={colour} />;
  }
}

export function LinkSample({ type, status, reading }: { type?: RelationType; status?: Status; reading?: 'aged' | 'undated' }): ReactElement {
  const style = type ? RELATION_STYLES[type] : null;
  const colour = style?.colour ?? NEUTRAL;
  const s = status ? STATUS_STYLES[status] : STATUS_STYLES.CONFIRMED;
  const r = reading ? READING_STYLES[reading] : null;
  const dash = (r?.dash ?? DASH_PATTERNS[s.pattern]).join(' ');
  return (
    <svg className="link-sample" width={36} height={12} viewBox="0 0 36 12" aria-hidden="true" focusable="false" opacity={r?.opacity ?? s.opacity}>
      <line x1={1} y1={6} x2={style?.arrow === 'none' ? 35 : 27} y2={6} stroke={colour} strokeWidth={Math.min(style?.width ?? 2, 3)} strokeDasharray={dash || undefined} />
      {arrowHead(style?.arrow ?? 'triangle', colour, r?.hollow ?? false)}
    </svg>
  );
}
