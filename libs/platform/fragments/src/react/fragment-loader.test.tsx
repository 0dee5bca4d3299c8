import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fragmentLoaderScript } from '../fragment-loader';
import { FragmentLoader } from './fragment-loader';

describe('FragmentLoader', () => {
  it('renders the loader script inline, byte for byte, with the page’s nonce', () => {
    expect(renderToStaticMarkup(<FragmentLoader nonce="n0nce" />)).toBe(`<script nonce="n0nce">${fragmentLoaderScript}</script>`);
  });
});
