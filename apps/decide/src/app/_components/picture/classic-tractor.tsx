import type { Palette } from './colour';
import { outline, Wheel } from './wheel';

const glass = '#cfe6f5';
const metal = '#3a3d3b';
const line = { stroke: outline, strokeWidth: 3.5, strokeLinejoin: 'round' } as const;
const ground = 206;

/** The model number picks cab, exhaust, wheel sizes and trim, as in explore's catalogue pictures. */
function variation(model: number) {
  const cabs = ['closed', 'canopy', 'open'] as const;
  return {
    cab: cabs[model % 3] ?? 'closed',
    rear: 46 + (model % 4) * 2,
    front: 26 + (model % 3) * 2,
    exhaustX: 96 + (model % 5) * 9,
    weights: model % 4 === 0,
    stripe: model % 2 === 1,
    creamRims: model % 3 === 0,
  };
}

function Seat() {
  return (
    <>
      <path d="M214 104 L214 80 Q214 74 220 74 L230 74 L232 104 Z" fill={metal} {...line} strokeWidth="3" />
      <line x1="196" y1="104" x2="190" y2="80" stroke={outline} strokeWidth="4" />
      <ellipse cx="190" cy="78" rx="12" ry="4" fill="none" stroke={outline} strokeWidth="4" transform="rotate(-18 190 78)" />
    </>
  );
}

function Cab({ kind, paint }: { kind: 'closed' | 'canopy' | 'open'; paint: Palette }) {
  if (kind === 'open') return <Seat />;
  if (kind === 'canopy') {
    return (
      <>
        <Seat />
        <line x1="184" y1="104" x2="190" y2="46" stroke={outline} strokeWidth="6" strokeLinecap="round" />
        <line x1="258" y1="104" x2="256" y2="46" stroke={outline} strokeWidth="6" strokeLinecap="round" />
        <path d="M176 46 Q222 30 270 46 L266 54 Q222 40 180 54 Z" fill={paint.body} {...line} />
      </>
    );
  }
  return (
    <>
      <path d="M176 104 L184 46 L260 46 L264 104 Z" fill={glass} {...line} />
      <path d="M194 54 L203 54 L188 98 L183 98 Z" fill="#ffffff" fillOpacity="0.7" />
      <line x1="222" y1="46" x2="222" y2="104" stroke={outline} strokeWidth="5" />
      <rect x="176" y="38" width="94" height="12" rx="4" fill={paint.body} {...line} />
    </>
  );
}

/** A classic tractor, facing left, wheels on y = 206 of a 320 × 240 frame. */
export function ClassicTractor({ paint, model }: { paint: Palette; model: number }) {
  const v = variation(model);
  const rim = v.creamRims ? '#f1e6c8' : paint.light;
  const rearY = ground - v.rear;
  const outer = v.rear + 10;
  return (
    <g>
      <rect x={v.exhaustX} y="58" width="9" height="52" rx="2" fill={metal} {...line} />
      <rect x={v.exhaustX - 2} y="52" width="13" height="9" rx="2" fill={metal} {...line} />
      <Cab kind={v.cab} paint={paint} />
      <path d="M170 152 L170 104 L266 104 L270 152 Z" fill={paint.dark} {...line} />
      <rect x="72" y="148" width="130" height="16" rx="3" fill={metal} {...line} />
      <Wheel x={222} y={rearY} r={v.rear} rim={rim} />
      <path
        d={`M${222 - outer} ${rearY + 4} A${outer} ${outer} 0 0 1 ${222 + outer} ${rearY + 4} L${222 + v.rear} ${rearY + 4} A${v.rear} ${v.rear} 0 0 0 ${222 - v.rear} ${rearY + 4} Z`}
        fill={paint.body}
        {...line}
      />
      <path d="M58 152 L54 124 Q54 110 70 108 L184 100 L184 152 Z" fill={paint.body} {...line} />
      {v.stripe && <path d="M60 122 L184 114 L184 122 L60 130 Z" fill={paint.light} />}
      <rect x="50" y="118" width="14" height="34" rx="3" fill={paint.dark} {...line} />
      {[0, 1, 2, 3].map((i) => (
        <line key={i} x1="53" x2="61" y1={126 + i * 7} y2={126 + i * 7} stroke={outline} strokeWidth="2" />
      ))}
      {[0, 1, 2].map((i) => (
        <line key={i} x1={100 + i * 12} x2={108 + i * 12} y1="138" y2="138" stroke={outline} strokeOpacity="0.45" strokeWidth="3" strokeLinecap="round" />
      ))}
      <circle cx="66" cy="114" r="5" fill="#ffe08a" stroke={outline} strokeWidth="2.5" />
      {v.weights && [0, 1, 2].map((i) => <rect key={i} x="34" y={122 + i * 11} width="18" height="10" rx="2" fill={paint.dark} {...line} strokeWidth="2.5" />)}
      <Wheel x={88} y={ground - v.front} r={v.front} rim={rim} />
      <rect x="176" y="160" width="18" height="6" rx="2" fill={outline} />
    </g>
  );
}
