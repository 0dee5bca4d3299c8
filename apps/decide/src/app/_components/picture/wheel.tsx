export const outline = '#1b1d1c';
const tyre = '#2a2c2b';

/** A treaded tyre with a rim in the given paint, a hub and five bolts. */
export function Wheel({ x, y, r, rim }: { x: number; y: number; r: number; rim: string }) {
  const rimR = r * 0.56;
  const lug = (2 * Math.PI * (r - 3)) / 22;
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill={tyre} stroke={outline} strokeWidth="3" />
      <circle cx={x} cy={y} r={r - 3} fill="none" stroke="#454947" strokeWidth="6" strokeDasharray={`${lug * 0.45} ${lug * 0.55}`} />
      <circle cx={x} cy={y} r={rimR} fill={rim} stroke={outline} strokeWidth="3" />
      <circle cx={x} cy={y} r={r * 0.16} fill={outline} />
      {[0, 1, 2, 3, 4].map((i) => {
        const angle = (i / 5) * 2 * Math.PI - Math.PI / 2;
        return <circle key={i} cx={x + Math.cos(angle) * rimR * 0.55} cy={y + Math.sin(angle) * rimR * 0.55} r={r * 0.045 + 0.8} fill={outline} />;
      })}
    </g>
  );
}
