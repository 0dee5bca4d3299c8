import { fragmentElement } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { renderStorePicker } from './store-picker';

const stores = [
  { id: 'store-a', name: 'Aurora Flagship Store', street: 'Astronaut Way 1', city: 'Arlington', position: 0 },
  { id: 'store-b', name: 'Big Micro Machines', street: 'Broadway 2', city: 'Burlington', position: 1 },
];

describe('renderStorePicker', () => {
  const markup = renderStorePicker({ stores }).__html;

  it('serves the picker in its contract root, with its stylesheet and its element script', () => {
    expect(markup).toMatch(new RegExp(`^<${fragmentElement('explore/store-picker')} data-boundary="explore">`));
    expect(markup).toContain('<link rel="stylesheet" href="/explore-elements/fragments.css');
    expect(markup).toMatch(/<script type="module" src="\/explore-elements\/store-picker\.js[^"]*" async><\/script><\/explore-store-picker>$/);
  });

  it('opens a labelled dialog with a select button per store, carrying its id and name', () => {
    expect(markup).toContain('aria-haspopup="dialog" aria-controls="e-picker-dialog">Choose a store</button>');
    expect(markup).toContain('<dialog class="e-picker__dialog" id="e-picker-dialog" aria-labelledby="e-picker-title">');
    expect(markup).toContain('data-store-id="store-b" data-store-name="Big Micro Machines" aria-pressed="false">Select<span class="e-visually-hidden"> Big Micro Machines</span></button>');
    expect(markup.match(/data-store-id=/g)).toHaveLength(2);
  });

  it('never submits or breaks a host form: only type="button" buttons, no form of its own', () => {
    expect(markup).not.toContain('<form');
    const buttons = markup.match(/<button[^>]*>/g) ?? [];
    expect(buttons.length).toBeGreaterThan(2);
    expect(buttons.every((button) => button.includes('type="button"'))).toBe(true);
  });

  it('lists the stores with their addresses for shoppers without JavaScript', () => {
    const fallback = /<noscript>([\s\S]*)<\/noscript>/.exec(markup)?.[1] ?? '';
    expect(fallback).toContain('<strong>Aurora Flagship Store</strong>, Astronaut Way 1, Arlington');
    expect(fallback).toContain('<a href="/stores">');
  });
});
