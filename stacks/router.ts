/** The one CloudFront distribution in front of every context; routes by longest path prefix. */
export const router = new sst.aws.Router('Shop', {
  domain: process.env.SHOP_DOMAIN ? { name: process.env.SHOP_DOMAIN } : undefined,
});
