/**
 * The answers AWS would give during a plan: the outputs resources would have once created, and
 * the results of the provider functions SST calls (region, account, availability zones, ...).
 */
const account = '123456789012';
const region = 'us-east-1';

function arn(type: string, name: string): string {
  const service = type.split(':')[1]?.split('/')[0] ?? 'unknown';
  return `arn:aws:${service}:${region}:${account}:${name}`;
}

export function fakeOutputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const id = `${name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
  const common = { arn: arn(type, name), name: inputs['name'] ?? id };
  switch (type) {
    case 'aws:lambda/functionUrl:FunctionUrl':
      return { ...common, functionUrl: `https://${id}.lambda-url.${region}.on.aws/`, urlId: id };
    case 'aws:cloudfront/distribution:Distribution':
      return { ...common, domainName: `${id}.cloudfront.net`, hostedZoneId: 'Z2FDTNDATAQYW2' };
    case 'aws:rds/instance:Instance':
      return { ...common, address: `${id}.rds.${region}.amazonaws.com`, port: 5432, endpoint: `${id}.rds.${region}.amazonaws.com:5432` };
    case 'aws:s3/bucketV2:BucketV2':
    case 'aws:s3/bucket:Bucket':
      return { ...common, bucket: id, bucketDomainName: `${id}.s3.amazonaws.com`, bucketRegionalDomainName: `${id}.s3.${region}.amazonaws.com` };
    case 'aws:sqs/queue:Queue':
      return { ...common, url: `https://sqs.${region}.amazonaws.com/${account}/${id}` };
    case 'aws:ec2/instance:Instance':
      return { ...common, primaryNetworkInterfaceId: `eni-${id}`, privateIp: '10.0.0.10', publicIp: '203.0.113.10' };
    case 'random:index/randomPassword:RandomPassword':
    case 'random:index/randomString:RandomString':
      return { ...common, result: `plan-${id}` };
    case 'random:index/randomBytes:RandomBytes':
      return { ...common, base64: Buffer.alloc(32, 1).toString('base64'), hex: '01'.repeat(32) };
    default:
      return common;
  }
}

export function answerCall(token: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (token) {
    case 'aws:index/getRegion:getRegion':
      return { name: region, region, id: region, description: 'US East (N. Virginia)', endpoint: `ec2.${region}.amazonaws.com` };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: account, arn: `arn:aws:iam::${account}:user/plan`, userId: 'plan', id: account };
    case 'aws:index/getPartition:getPartition':
      return { partition: 'aws', dnsSuffix: 'amazonaws.com', id: 'aws' };
    case 'aws:index/getAvailabilityZones:getAvailabilityZones':
      return { names: [`${region}a`, `${region}b`], zoneIds: ['use1-az1', 'use1-az2'], id: region };
    case 'aws:ec2/getAmi:getAmi':
      return { id: 'ami-0123456789abcdef0', architecture: 'arm64' };
    case 'aws:iam/getPolicyDocument:getPolicyDocument':
      return policyDocument(inputs);
    default:
      return { id: token, ...inputs };
  }
}

interface Statement {
  effect?: string;
  actions?: string[];
  resources?: string[];
}

/**
 * AWS echoes the statements it was given next to the rendered document; SST gives a role its inline
 * policy only when `statements` comes back, so an answer without them plans every role bare. None
 * are given back for an empty list: SST would then attach an empty policy, which AWS refuses.
 */
function policyDocument(inputs: Record<string, unknown>): Record<string, unknown> {
  const statements = Array.isArray(inputs['statements']) ? (inputs['statements'] as Statement[]) : [];
  const json = JSON.stringify({
    Version: '2012-10-17',
    Statement: statements.map(({ effect = 'Allow', actions = [], resources = [] }) => ({ Effect: effect, Action: actions, Resource: resources })),
  });
  return { ...inputs, statements: statements.length > 0 ? statements : undefined, json, minifiedJson: json, id: 'policy' };
}
