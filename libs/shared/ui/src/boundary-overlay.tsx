/**
 * The boundary overlay: a small toggle that outlines every `data-boundary` element in its team's
 * colour with the team's name, to show which team owns which part of a page. Off by default; the
 * choice is remembered in localStorage. Colours come from the route manifest.
 */
import { contextNames, contexts } from '@tractor/contracts';

const styles = [
  'html[data-boundaries] [data-boundary]{outline:3px dashed var(--boundary-colour);outline-offset:-3px;position:relative}',
  'html[data-boundaries] [data-boundary]::before{content:attr(data-boundary);position:absolute;top:0;right:0;z-index:20;padding:1px 6px;font:600 12px/1.4 var(--t-font);background:var(--boundary-colour);color:#1b1d1c}',
  ...contextNames.map((name) => `[data-boundary="${name}"]{--boundary-colour:${contexts[name].color}}`),
  '.t-boundary-toggle{position:fixed;right:12px;bottom:12px;z-index:30;min-height:36px;padding:0 12px;border:1px solid var(--t-line);border-radius:999px;background:var(--t-paper);color:var(--t-ink);font:600 13px/1 var(--t-font);box-shadow:var(--t-shadow);cursor:pointer}',
].join('\n');

function toggleScript() {
  const button = document.currentScript?.previousElementSibling;
  if (!(button instanceof HTMLButtonElement)) return;
  const root = document.documentElement;
  const apply = (on: boolean) => {
    root.toggleAttribute('data-boundaries', on);
    button.setAttribute('aria-pressed', String(on));
  };
  let stored = false;
  try {
    stored = localStorage.getItem('t-boundaries') === 'on';
  } catch {
    // Storage may be unavailable (private mode); the overlay simply starts off.
  }
  apply(stored);
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = !root.hasAttribute('data-boundaries');
    apply(on);
    try {
      localStorage.setItem('t-boundaries', on ? 'on' : 'off');
    } catch {
      // Not remembered; still toggled for this page.
    }
  });
}

/** `nonce`: the page's CSP nonce, for the inline toggle script. */
export function BoundaryOverlay({ nonce }: { nonce?: string }) {
  return (
    <>
      <style>{styles}</style>
      <button type="button" className="t-boundary-toggle" aria-pressed="false" hidden suppressHydrationWarning>
        Team boundaries
      </button>
      <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: `(${toggleScript.toString()})();` }} />
    </>
  );
}
