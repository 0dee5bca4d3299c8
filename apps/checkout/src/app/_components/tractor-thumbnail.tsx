/**
 * Checkout's own small drawing of a tractor, tinted with the variant's colour from checkout's data.
 * Decorative beside the tractor's name, so it is hidden from assistive technology.
 */
export function TractorThumbnail({ color, size = 96 }: { color: string; size?: number }) {
  return (
    <svg width={size} height={Math.round(size * 0.75)} viewBox="0 0 64 48" aria-hidden="true" focusable="false">
      <rect width="64" height="48" rx="6" fill="#eef1ea" />
      <path d="M12 31V22q0-2 2-2h18l4-9h12l2 20z" fill={color} stroke="#1b1d1c" strokeWidth="1.5" strokeLinejoin="round" />
      <rect x="38" y="13" width="9" height="7" rx="1" fill="#cfe3f2" stroke="#1b1d1c" strokeWidth="1" />
      <circle cx="44" cy="34" r="8" fill="#2b2d2c" />
      <circle cx="44" cy="34" r="3" fill={color} />
      <circle cx="19" cy="36" r="6" fill="#2b2d2c" />
      <circle cx="19" cy="36" r="2.2" fill={color} />
    </svg>
  );
}
