/**
 * Store pictures, 360 × 240: four buildings, each with the store's name on its sign. Stores get
 * a building by their position in the list, so a new store still gets a picture.
 */
import { ink } from '@tractor/pictures';
import { colours, placeTractor, skyGradient, tree } from './scenery';
import { signText } from './sign-text';

export const storeSize = { width: 360, height: 240 } as const;

interface StoreScene {
  readonly describe: (name: string) => string;
  readonly draw: (name: string) => string;
}

const glassShowroom: StoreScene = {
  describe: (name) => `${name}: a glass showroom with a tractor on display, under the northern lights`,
  draw: (name) =>
    `<defs>${skyGradient('glassShowroom-sky', '#132746', '#2e6a80')}<linearGradient id="glassShowroom-lit" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9dcec"/><stop offset="1" stop-color="#ffe9b5"/></linearGradient></defs>` +
    `<rect width="360" height="240" fill="url(#glassShowroom-sky)"/>` +
    `<path d="M-10 60 Q90 20 180 56 T370 40" fill="none" stroke="#5ff2b0" stroke-width="16" stroke-opacity="0.45" stroke-linecap="round"/>` +
    `<path d="M-10 84 Q110 44 200 78 T370 62" fill="none" stroke="#b58cff" stroke-width="10" stroke-opacity="0.4" stroke-linecap="round"/>` +
    [[30, 24], [120, 14], [300, 20], [340, 90], [240, 30]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="1.6" fill="#fff"/>`).join('') +
    `<rect y="204" width="360" height="36" fill="#4a5660"/>` +
    `<rect x="40" y="96" width="280" height="110" fill="url(#glassShowroom-lit)" ${ink(3.5)}/>` +
    placeTractor('classic', 2, colours.red, { x: 120, groundY: 200, width: 120 }) +
    [80, 120, 160, 200, 240, 280].map((x) => `<line x1="${x}" y1="96" x2="${x}" y2="206" stroke="#2b3138" stroke-width="3"/>`).join('') +
    `<path d="M52 104 L70 104 L48 150 Z" fill="#ffffff" fill-opacity="0.45"/>` +
    `<rect x="30" y="86" width="300" height="12" fill="#2b3138" ${ink(3)}/>` +
    `<rect x="86" y="58" width="188" height="30" rx="4" fill="#20323f" ${ink(3)}/>` +
    signText(name, { x: 180, y: 79, size: 15, maxWidth: 172, fill: '#e9fbff' }) +
    [16, 336].map((x) => `<line x1="${x}" y1="206" x2="${x}" y2="118" stroke="#c9d1d6" stroke-width="3"/><path d="M${x} 120 L${x + (x < 180 ? 18 : -18)} 127 L${x} 134 Z" fill="#5ff2b0" ${ink(2)}/>`).join(''),
};

const warehouse: StoreScene = {
  describe: (name) => `${name}: a big warehouse with roller doors, a yellow tractor rolling out`,
  draw: (name) =>
    `<defs>${skyGradient('warehouse-sky', '#8fc8ec', '#e4f2f8')}</defs>` +
    `<rect width="360" height="240" fill="url(#warehouse-sky)"/><circle cx="312" cy="44" r="22" fill="#ffd15e"/>` +
    `<rect y="204" width="360" height="36" fill="#8b9298"/>` +
    [70, 180, 290].map((x) => `<rect x="${x}" y="222" width="30" height="4" fill="#f4f4f4"/>`).join('') +
    `<path d="M24 206 V104 Q180 54 336 104 V206 Z" fill="#d5dbe0" ${ink(3.5)}/>` +
    Array.from({ length: 15 }, (_, i) => `<line x1="${44 + i * 19}" y1="${i < 7 ? 100 - i * 3 : 80 + (i - 7) * 3}" x2="${44 + i * 19}" y2="132" stroke="#1b1d1c" stroke-opacity="0.14" stroke-width="2"/>`).join('') +
    `<rect x="92" y="98" width="176" height="30" rx="4" fill="#f2b632" ${ink(3)}/>` +
    signText(name, { x: 180, y: 119, size: 15, maxWidth: 162, fill: '#1b1d1c' }) +
    `<rect x="48" y="140" width="100" height="66" fill="#c3cad0" ${ink(3)}/>` +
    [150, 160, 170, 180, 190].map((y) => `<line x1="48" y1="${y}" x2="148" y2="${y}" stroke="#1b1d1c" stroke-opacity="0.3" stroke-width="2"/>`).join('') +
    `<rect x="212" y="140" width="100" height="66" fill="#39434b" ${ink(3)}/><rect x="212" y="140" width="100" height="14" fill="#c3cad0" ${ink(3)}/>` +
    placeTractor('classic', 7, colours.yellow, { x: 214, groundY: 222, width: 104 }),
};

const mall: StoreScene = {
  describe: (name) => `${name}: a shopping centre with a glass entrance, banners and trees`,
  draw: (name) =>
    `<defs>${skyGradient('mall-sky', '#ffcf9f', '#fff1df')}</defs>` +
    `<rect width="360" height="240" fill="url(#mall-sky)"/>` +
    `<rect y="204" width="360" height="36" fill="#cfc6b8"/>` +
    `<rect x="16" y="110" width="328" height="96" fill="#eadfca" ${ink(3.5)}/>` +
    [30, 62, 266, 298].map((x) => `<rect x="${x}" y="126" width="26" height="26" fill="#a8d3e6" ${ink(2.5)}/><rect x="${x}" y="164" width="26" height="26" fill="#a8d3e6" ${ink(2.5)}/>`).join('') +
    `<path d="M110 206 V86 H250 V206 Z" fill="#f3ead8" ${ink(3.5)}/>` +
    `<path d="M136 206 V150 Q180 112 224 150 V206 Z" fill="#a8d3e6" ${ink(3)}/>` +
    `<line x1="180" y1="122" x2="180" y2="206" stroke="#1b1d1c" stroke-width="3"/><path d="M140 160 L160 160 L146 190 Z" fill="#ffffff" fill-opacity="0.5"/>` +
    `<rect x="118" y="92" width="124" height="24" rx="4" fill="#8b3a2e" ${ink(3)}/>` +
    signText(name, { x: 180, y: 109, size: 13, maxWidth: 112, fill: '#fff6e8' }) +
    `<circle cx="180" cy="68" r="14" fill="#fff6e8" ${ink(3)}/><path d="M180 60 V68 L186 72" fill="none" stroke="#1b1d1c" stroke-width="2.5" stroke-linecap="round"/>` +
    `<path d="M110 86 L180 50 L250 86" fill="none" ${ink(3.5)}/>` +
    [96, 252].map((x) => `<rect x="${x}" y="118" width="12" height="40" fill="${x < 180 ? '#2f6b3a' : '#c8412f'}" ${ink(2)}/>`).join('') +
    tree(30, 206, 0.7) + tree(330, 206, 0.7) +
    `<rect x="18" y="196" width="24" height="10" fill="#a2856a" ${ink(2)}/><rect x="318" y="196" width="24" height="10" fill="#a2856a" ${ink(2)}/>`,
};

const townShop: StoreScene = {
  describe: (name) => `${name}: a small brick shop with a striped awning and model tractors in the window`,
  draw: (name) =>
    `<defs>${skyGradient('townShop-sky', '#bcdcf5', '#eef6fc')}</defs>` +
    `<rect width="360" height="240" fill="url(#townShop-sky)"/>` +
    `<rect x="0" y="70" width="86" height="140" fill="#d9c8a9" ${ink(3)}/><rect x="274" y="52" width="86" height="158" fill="#9fb3a6" ${ink(3)}/>` +
    [[16, 94], [50, 94], [16, 134], [50, 134], [290, 76], [324, 76], [290, 116], [324, 116]].map(([x, y]) => `<rect x="${x}" y="${y}" width="22" height="26" fill="#eef6fc" ${ink(2)}/>`).join('') +
    `<rect y="206" width="360" height="34" fill="#b9b4ab"/><rect y="204" width="360" height="6" fill="#8f8a82"/>` +
    `<rect x="86" y="36" width="188" height="172" fill="#b5563c" ${ink(3.5)}/>` +
    Array.from({ length: 7 }, (_, i) => `<line x1="86" y1="${52 + i * 12}" x2="274" y2="${52 + i * 12}" stroke="#1b1d1c" stroke-opacity="0.15" stroke-width="2"/>`).join('') +
    [112, 164, 216].map((x) => `<rect x="${x}" y="48" width="32" height="40" fill="#eef6fc" ${ink(2.5)}/><line x1="${x + 16}" y1="48" x2="${x + 16}" y2="88" stroke="#1b1d1c" stroke-width="2"/>`).join('') +
    `<rect x="100" y="98" width="160" height="24" rx="3" fill="#1f3b2c" ${ink(3)}/>` +
    signText(name, { x: 180, y: 115, size: 13, maxWidth: 148, fill: '#f8e7b0' }) +
    Array.from({ length: 8 }, (_, i) => `<path d="M${92 + i * 22} 128 H${114 + i * 22} L${116 + i * 22} 146 Q${105 + i * 22} 154 ${94 + i * 22} 146 Z" fill="${i % 2 ? '#ffffff' : '#c8412f'}" ${ink(2)}/>`).join('') +
    `<rect x="100" y="150" width="100" height="56" fill="#dff0f8" ${ink(3)}/>` +
    placeTractor('classic', 4, colours.green, { x: 106, groundY: 198, width: 44 }) +
    placeTractor('autonomous', 2, colours.mint, { x: 150, groundY: 198, width: 44 }) +
    `<rect x="212" y="150" width="40" height="56" fill="#2f5d46" ${ink(3)}/><circle cx="244" cy="180" r="2.5" fill="#f2b632"/>` +
    `<line x1="322" y1="206" x2="322" y2="136" stroke="#2b3138" stroke-width="4"/><rect x="314" y="124" width="16" height="16" rx="3" fill="#ffe08a" ${ink(2.5)}/>`,
};

const scenes = [glassShowroom, warehouse, mall, townShop] as const;

/** The picture of the store at `position`, and its description for `alt` text. */
export function storeScene(position: number): StoreScene {
  return scenes[Math.abs(position) % scenes.length] ?? glassShowroom;
}
