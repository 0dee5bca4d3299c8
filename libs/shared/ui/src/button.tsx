import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary';

/** The shop's one button. Use `ButtonLink` when it navigates. */
export function Button({ variant = 'primary', className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={['t-button', className].filter(Boolean).join(' ')} data-variant={variant} {...props} />;
}

/** A link that looks like a button; a plain `<a>`, so it works across contexts. */
export function ButtonLink({ variant = 'primary', className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant }) {
  return <a className={['t-button', className].filter(Boolean).join(' ')} data-variant={variant} {...props} />;
}
