import { outline } from './wheel';

const ground = 206;

/** Crawler tracks for the heavier autonomous models, in place of wheels. */
export function Tracks({ dark }: { dark: string }) {
  const top = ground - 56;
  return (
    <g>
      <rect x="50" y={top} width="222" height="56" rx="28" fill="#2a2c2b" stroke={outline} strokeWidth="3.5" />
      <rect x="54" y={top + 4} width="214" height="48" rx="24" fill="none" stroke="#454947" strokeWidth="5" strokeDasharray="6 6" />
      {[80, 242].map((cx) => (
        <g key={cx}>
          <circle cx={cx} cy={ground - 28} r="21" fill={dark} stroke={outline} strokeWidth="3" />
          <circle cx={cx} cy={ground - 28} r="6" fill={outline} />
        </g>
      ))}
      {[122, 161, 200].map((cx) => (
        <g key={cx}>
          <circle cx={cx} cy={ground - 22} r="12" fill={dark} stroke={outline} strokeWidth="2.5" />
          <circle cx={cx} cy={ground - 22} r="4" fill={outline} />
        </g>
      ))}
    </g>
  );
}
