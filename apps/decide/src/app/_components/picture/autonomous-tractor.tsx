import type { Palette } from './colour';
import { Tracks } from './tracks';
import { outline, Wheel } from './wheel';

const glow = '#63f0ff';
const line = { stroke: outline, strokeWidth: 3.5, strokeLinejoin: 'round' } as const;

/** The model number picks wheels or tracks, a solar roof and the mast, as in explore's pictures. */
function variation(model: number) {
  return { tracks: model % 2 === 0, solar: model % 3 === 0, mastX: 100 + (model % 4) * 16, top: model % 3 === 1 ? 76 : 88 };
}

function Mast({ x, top }: { x: number; top: number }) {
  return (
    <g>
      <rect x={x} y={top - 30} width="8" height="32" fill="#3a3d3b" {...line} strokeWidth="2.5" />
      <path d={`M${x - 10} ${top - 30} Q${x + 4} ${top - 50} ${x + 18} ${top - 30} Z`} fill="#e9eef0" {...line} strokeWidth="2.5" />
      <rect x={x - 10} y={top - 32} width="28" height="6" rx="3" fill={glow} {...line} strokeWidth="2" />
      <g fill="none" stroke={glow} strokeWidth="3" strokeLinecap="round">
        <path d={`M${x - 14} ${top - 42} Q${x - 22} ${top - 32} ${x - 14} ${top - 22}`} opacity="0.9" />
        <path d={`M${x - 24} ${top - 48} Q${x - 36} ${top - 32} ${x - 24} ${top - 16}`} opacity="0.5" />
      </g>
    </g>
  );
}

/** An autonomous tractor: no cab, a sensor visor and a lidar mast; facing left, on y = 206. */
export function AutonomousTractor({ paint, model }: { paint: Palette; model: number }) {
  const { tracks, solar, mastX, top } = variation(model);
  const bottom = 156;
  return (
    <g>
      <Mast x={mastX} top={top} />
      {solar ? (
        <g>
          <path d={`M170 ${top - 4} L180 ${top - 16} L266 ${top - 16} L260 ${top - 4} Z`} fill="#24407a" {...line} strokeWidth="2.5" />
          {[0, 1, 2, 3].map((i) => (
            <line key={i} x1={196 + i * 18} y1={top - 15} x2={192 + i * 18} y2={top - 5} stroke="#8fb3ff" strokeWidth="1.5" />
          ))}
        </g>
      ) : (
        <rect x="188" y={top - 8} width="56" height="8" rx="3" fill={paint.dark} {...line} strokeWidth="2.5" />
      )}
      <path d={`M46 ${bottom} L52 ${top + 34} Q56 ${top} 90 ${top} L244 ${top} Q270 ${top} 274 ${top + 30} L278 ${bottom} Z`} fill={paint.body} {...line} />
      <path d={`M60 ${top + 18} Q64 ${top + 8} 90 ${top + 8} L160 ${top + 8} L152 ${top + 30} L58 ${top + 30} Z`} fill="#1f2a33" {...line} strokeWidth="3" />
      <path d={`M66 ${top + 22} L148 ${top + 22}`} stroke={glow} strokeWidth="4" strokeLinecap="round" />
      <path d={`M54 ${bottom - 14} L274 ${bottom - 14}`} stroke={paint.light} strokeWidth="5" strokeLinecap="round" />
      {[176, 226].map((x) => (
        <line key={x} x1={x} y1={top + 12} x2={x} y2={bottom - 22} stroke={outline} strokeOpacity="0.35" strokeWidth="2.5" />
      ))}
      <rect x="46" y={bottom - 30} width="10" height="12" rx="2" fill="#fff6cf" {...line} strokeWidth="2" />
      {tracks ? (
        <Tracks dark={paint.dark} />
      ) : (
        <g>
          <Wheel x={94} y={170} r={36} rim={paint.light} />
          <Wheel x={230} y={170} r={36} rim={paint.light} />
          <path d={`M48 ${bottom - 2} A48 48 0 0 1 140 ${bottom - 2}`} fill="none" stroke={paint.dark} strokeWidth="8" />
          <path d={`M184 ${bottom - 2} A48 48 0 0 1 276 ${bottom - 2}`} fill="none" stroke={paint.dark} strokeWidth="8" />
        </g>
      )}
    </g>
  );
}
