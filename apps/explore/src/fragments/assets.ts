import { elementPath } from '@tractor/contracts';

/** Set by next.config.ts from the content of the bundled element assets, so every deploy busts caches. */
const version = process.env.ELEMENTS_VERSION ?? '';

export const assets = {
  fragmentsCss: elementPath('explore', 'fragments.css', version),
  headerJs: elementPath('explore', 'header.js', version),
  storePickerJs: elementPath('explore', 'store-picker.js', version),
};
