/**
 * Explore's own drawing of a tractor, tinted with the variant's colour. Fixed width and height
 * keep the layout from shifting while the page loads.
 */
export function TractorPicture({ red, green, blue, label, size = 240 }: { red: number; green: number; blue: number; label: string; size?: number }) {
  const body = `rgb(${red} ${green} ${blue})`;
  return (
    <svg role="img" aria-label={label} width={size} height={Math.round(size * 0.75)} viewBox="0 0 320 240">
      <rect width="320" height="240" rx="16" fill="#eef1ea" />
      <rect x="0" y="196" width="320" height="44" fill="#dfe5d6" />
      <path d="M70 150 L70 110 Q70 100 80 100 L170 100 L190 60 L250 60 L260 150 Z" fill={body} stroke="#1b1d1c" strokeWidth="4" strokeLinejoin="round" />
      <rect x="198" y="70" width="44" height="34" rx="4" fill="#cfe3f2" stroke="#1b1d1c" strokeWidth="3" />
      <rect x="96" y="78" width="10" height="24" fill="#1b1d1c" />
      <circle cx="220" cy="168" r="40" fill="#2b2d2c" />
      <circle cx="220" cy="168" r="16" fill={body} stroke="#1b1d1c" strokeWidth="3" />
      <circle cx="100" cy="178" r="28" fill="#2b2d2c" />
      <circle cx="100" cy="178" r="11" fill={body} stroke="#1b1d1c" strokeWidth="3" />
    </svg>
  );
}
