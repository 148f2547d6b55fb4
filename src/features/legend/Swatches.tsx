// Small SVG samples of a node shape or an edge style, drawn from the palette (for the legend).
import { dashArray } from '../../graph/dashes';
import type { ActorKindStyle, ArrowShape, RelationStyle } from '../../graph/palette';

const SHAPE_POINTS: Record<string, string> = {
  hexagon: '4,10 8,3 16,3 20,10 16,17 8,17',
  diamond: '12,1 22,10 12,19 2,10',
  triangle: '12,2 22,18 2,18',
};

export function NodeSwatch({ style }: { style: ActorKindStyle }) {
  const common = { fill: style.color, stroke: '#333', strokeWidth: 1.2 };
  return (
    <svg className="swatch" width="24" height="20" viewBox="0 0 24 20" aria-hidden="true">
      {style.shape === 'ellipse' && <circle cx="12" cy="10" r="8" {...common} />}
      {style.shape === 'round-rectangle' && <rect x="3" y="2" width="18" height="16" rx="4" {...common} />}
      {SHAPE_POINTS[style.shape] && <polygon points={SHAPE_POINTS[style.shape]} {...common} />}
    </svg>
  );
}

function Arrowhead({ shape, color }: { shape: ArrowShape; color: string }) {
  switch (shape) {
    case 'none':
      return null;
    case 'triangle':
      return <polygon points="38,4 48,10 38,16" fill={color} />;
    case 'vee':
      return <polygon points="36,3 48,10 36,17 40,10" fill={color} />;
    case 'tee':
      return <rect x="44" y="3" width="4" height="14" fill={color} />;
    case 'diamond':
      return <polygon points="36,10 42,4 48,10 42,16" fill={color} />;
    case 'circle':
      return <circle cx="43" cy="10" r="5" fill={color} />;
    case 'square':
      return <rect x="38" y="5" width="10" height="10" fill={color} />;
  }
}

export function EdgeSwatch({ style }: { style: RelationStyle }) {
  const dash = dashArray(style)?.join(' ');
  const end = style.arrow === 'none' ? 48 : 38;
  return (
    <svg className="swatch" width="50" height="20" viewBox="0 0 50 20" aria-hidden="true">
      <line
        x1="2"
        y1="10"
        x2={end}
        y2="10"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={dash}
        strokeLinecap={style.lineStyle === 'dotted' ? 'round' : 'butt'}
      />
      <Arrowhead shape={style.arrow} color={style.color} />
    </svg>
  );
}
