/**
 * HMAC-SHA256 signatures for the values checkout keeps in cookies. The purpose is part of what is
 * signed, so a value signed for one cookie (an order) is worthless in another (the cart).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

function mac(purpose: string, value: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${value}`).digest();
}

/** `<value>.<signature>`; the value must not contain a dot. */
export function sign(purpose: string, value: string, secret: string): string {
  return `${value}.${mac(purpose, value, secret).toString('base64url')}`;
}

/** The value when the signature is right, otherwise null. Compares the canonical encoding in constant time. */
export function unsign(purpose: string, signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(purpose, value, secret).toString('base64url'));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
