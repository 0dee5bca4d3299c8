/**
 * An `<img>` of one of explore's drawings. They are SVGs drawn by explore, already the right size
 * at any resolution, so Next's image optimiser would add nothing; width and height reserve the
 * space before they load.
 */
export function Picture({ src, width, height, alt, className, priority = false }: { src: string; width: number; height: number; alt: string; className?: string; priority?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- SVG drawings need no optimisation
    <img className={className} src={src} width={width} height={height} alt={alt} loading={priority ? 'eager' : 'lazy'} fetchPriority={priority ? 'high' : 'auto'} decoding="async" />
  );
}
