import { describe, expect, it, vi } from 'vitest';
import { escapeHtml, html, isHtml, raw } from './html';

describe('html', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(html`<p>${'<script>alert(1)</script>'}</p>`.toString()).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps injected text inside its attribute', () => {
    const title = `" onmouseover="alert(1)`;
    const single = `' onfocus='alert(1)`;
    expect(html`<a title="${title}" data-x='${single}'>x</a>`.toString()).toBe(
      `<a title="&quot; onmouseover=&quot;alert(1)" data-x='&#39; onfocus=&#39;alert(1)'>x</a>`,
    );
    expect(html`<img alt="${'"><script>x</script>'}">`.toString()).toBe('<img alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">');
  });

  it('inserts Html and raw markup as it is, escaping only plain values', () => {
    const item = (name: string) => html`<li>${name}</li>`;
    const list = html`<ul>${['a&b', '<c>'].map(item)}</ul>`;
    expect(list.toString()).toBe('<ul><li>a&amp;b</li><li>&lt;c&gt;</li></ul>');
    expect(html`<div>${raw('<b>trusted</b>')}</div>`.toString()).toBe('<div><b>trusted</b></div>');
  });

  it('renders null, undefined and false as nothing, numbers as text, nested arrays flat', () => {
    const absent: string | undefined = undefined;
    expect(html`[${null}${absent}${false}]`.toString()).toBe('[]');
    expect(html`${0} ${2.5} ${10n}`.toString()).toBe('0 2.5 10');
    expect(html`${[['<'], [html`<i></i>`, null]]}`.toString()).toBe('&lt;<i></i>');
  });

  it('is usable as a string and as React dangerouslySetInnerHTML', () => {
    const value = html`<b>${'x'}</b>`;
    expect(String(value)).toBe('<b>x</b>');
    expect(`${value}`).toBe('<b>x</b>');
    expect(value.__html).toBe('<b>x</b>');
    expect(isHtml(value)).toBe(true);
    expect(isHtml({ __html: '<b>forged</b>' })).toBe(false);
  });

  it('trusts markup built by another copy of the module', async () => {
    vi.resetModules();
    const other = await import('./html');
    expect(other.html).not.toBe(html);
    expect(html`<div>${other.html`<b>${'&'}</b>`}</div>`.toString()).toBe('<div><b>&amp;</b></div>');
  });
});
