/** The Autonomous teaser: a driverless tractor scanning its rows at dusk, powered by sun and wind. */
import { ink } from '@tractor/pictures';
import { colours, placeTractor, skyGradient } from './scenery';

export const autonomousAlt = 'A silver autonomous tractor scanning rows of crops at dusk, with solar panels and wind turbines behind it';

function turbine(x: number, groundY: number, height: number): string {
  const hub = groundY - height;
  const blade = (angle: number) => `<path d="M${x} ${hub} L${x - 4} ${hub - 62} Q${x} ${hub - 70} ${x + 4} ${hub - 62} Z" fill="#eef3f6" ${ink(2)} transform="rotate(${angle} ${x} ${hub})"/>`;
  return `<path d="M${x - 4} ${groundY} L${x - 2} ${hub} L${x + 2} ${hub} L${x + 4} ${groundY} Z" fill="#eef3f6" ${ink(2)}/>` + blade(15) + blade(135) + blade(255) + `<circle cx="${x}" cy="${hub}" r="5" fill="#eef3f6" ${ink(2)}/>`;
}

function solarPanel(x: number, groundY: number): string {
  return (
    `<rect x="${x + 26}" y="${groundY - 22}" width="6" height="22" fill="#55606a"/>` +
    `<path d="M${x} ${groundY - 20} L${x + 14} ${groundY - 44} L${x + 70} ${groundY - 44} L${x + 58} ${groundY - 20} Z" fill="#2b4f8f" ${ink(2.5)}/>` +
    `<path d="M${x + 7} ${groundY - 32} L${x + 64} ${groundY - 32} M${x + 28} ${groundY - 44} L${x + 20} ${groundY - 20} M${x + 48} ${groundY - 44} L${x + 40} ${groundY - 20}" stroke="#8fb3ff" stroke-width="1.5"/>`
  );
}

export function autonomousScene(): string {
  const stars = [
    [60, 40], [130, 80], [210, 30], [300, 62], [380, 24], [560, 50], [610, 100], [480, 90], [250, 110],
  ]
    .map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="${i % 3 === 0 ? 2 : 1.4}" fill="#ffffff" fill-opacity="${i % 2 ? 0.6 : 0.9}"/>`)
    .join('');
  const rows = Array.from({ length: 9 }, (_, i) => {
    const spread = (i - 4) * 150;
    return `<path d="M${320 + (i - 4) * 10} 236 L${320 + spread} 380" stroke="#3f8f5a" stroke-width="7" stroke-linecap="round" stroke-dasharray="3 13"/>`;
  }).join('');
  return (
    `<defs>${skyGradient('night', '#1d2b55', '#5fb3c4')}<linearGradient id="scan" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#63f0ff" stop-opacity="0"/><stop offset="1" stop-color="#63f0ff" stop-opacity="0.55"/></linearGradient></defs>` +
    `<rect width="640" height="360" fill="url(#night)"/>` +
    stars +
    `<circle cx="520" cy="70" r="22" fill="#f5f1dc"/><circle cx="530" cy="62" r="20" fill="#2a3c66"/>` +
    `<path d="M0 236 Q160 206 320 226 T640 214 V360 H0 Z" fill="#2f6a54"/>` +
    turbine(120, 222, 120) + turbine(200, 226, 90) +
    solarPanel(420, 228) + solarPanel(500, 224) + solarPanel(570, 222) +
    `<path d="M0 250 Q320 226 640 246 V360 H0 Z" fill="#275c45"/>` +
    rows +
    `<path d="M214 262 L0 300 L0 360 Z" fill="url(#scan)"/>` +
    placeTractor('autonomous', 1, colours.silver, { x: 170, groundY: 336, width: 320 })
  );
}
