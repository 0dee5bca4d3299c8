/**
 * What differs between stages. `production` is the shop (retained, protected, on the custom domain
 * when `SHOP_DOMAIN` is set); every other stage is a disposable preview, one per pull request.
 */
export const isProduction = $app.stage === 'production';

/** `SHOP_DOMAIN=shop.example.com`, with `SHOP_DOMAIN_CERT=<ACM ARN in us-east-1>` when its DNS is not in Route 53. */
export function shopDomain(env: Readonly<Record<string, string | undefined>> = process.env) {
  const name = env['SHOP_DOMAIN'];
  if (!isProduction || !name) return undefined;
  const cert = env['SHOP_DOMAIN_CERT'];
  return cert ? { name, dns: false as const, cert } : { name };
}
