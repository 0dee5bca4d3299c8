/** One VPC shared by the contexts' databases and the apps that reach them. */
export const network = new sst.aws.Vpc('Network', { nat: 'ec2' });
