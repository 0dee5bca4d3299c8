/**
 * One VPC for every context's database and the functions that reach it. The NAT instance lets
 * those functions call out (fragment includes go through the shop's public origin; the ISR cache
 * lives in S3 and DynamoDB) and doubles as the bastion `sst tunnel` uses to run migrations.
 */
export const vpc = new sst.aws.Vpc('Network', { nat: 'ec2', bastion: true });
