'use client';

import { useEffect, useRef } from 'react';
import styles from './thanks.module.css';

const colours = ['#2f6b3a', '#ffde54', '#ff5a54', '#53ff90', '#2a52be', '#faad00'];
const durationMs = 3500;

interface Piece {
  x: number;
  y: number;
  vx: number;
  vy: number;
  size: number;
  angle: number;
  spin: number;
  colour: string;
}

/**
 * A short burst of confetti, drawn by the page itself on a canvas (no third-party script). Nothing
 * moves for shoppers who ask for reduced motion; the canvas is decoration and hidden from
 * assistive technology.
 */
export function Confetti() {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const width = (element.width = window.innerWidth);
    const height = (element.height = window.innerHeight);
    const pieces: Piece[] = Array.from({ length: 140 }, (_, i) => ({
      x: width / 2,
      y: height / 3,
      vx: (Math.random() - 0.5) * 14,
      vy: -Math.random() * 12 - 4,
      size: 6 + Math.random() * 6,
      angle: Math.random() * Math.PI,
      spin: (Math.random() - 0.5) * 0.3,
      colour: colours[i % colours.length] ?? '#2f6b3a',
    }));
    const started = performance.now();
    let frame = 0;
    const draw = (now: number) => {
      const fade = Math.max(0, 1 - (now - started) / durationMs);
      context.clearRect(0, 0, width, height);
      context.globalAlpha = fade;
      for (const piece of pieces) {
        piece.vy += 0.3;
        piece.vx *= 0.99;
        piece.x += piece.vx;
        piece.y += piece.vy;
        piece.angle += piece.spin;
        context.save();
        context.translate(piece.x, piece.y);
        context.rotate(piece.angle);
        context.fillStyle = piece.colour;
        context.fillRect(-piece.size / 2, -piece.size / 4, piece.size, piece.size / 2);
        context.restore();
      }
      if (fade > 0) frame = requestAnimationFrame(draw);
      else context.clearRect(0, 0, width, height);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, []);

  return <canvas ref={canvas} className={styles.confetti} aria-hidden="true" data-testid="confetti" />;
}
