import { addressed, asBoolean, judge, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { subnetGroupGateway } from './lib/subnet-group-vpc';

/**
 * When `PubliclyAccessible` is absent, RDS makes the instance public if its VPC has an internet
 * gateway (CreateDBInstance). Without `DBSubnetGroupName` that VPC is the default VPC, which has
 * one: public. With a subnet group the rule follows it to the VPC when the template holds it.
 */
export function defaultPublicAccess(database: ResourceModel, kind: string): Finding {
  const propertyPath = 'PubliclyAccessible';
  const subnetGroup = database.get('DBSubnetGroupName').value;
  if (subnetGroup === undefined) {
    return unaddressed(`PubliclyAccessible is not set and there is no DBSubnetGroupName: the ${kind} goes into the default VPC, which has an internet gateway, and is public`, { propertyPath });
  }
  const gateway = subnetGroupGateway(database, subnetGroup);
  if (gateway.state === 'internet-gateway') {
    return unaddressed(`PubliclyAccessible is not set and the subnets' VPC has an internet gateway, so RDS makes the ${kind} public`, { propertyPath, evidence: gateway.evidence });
  }
  if (gateway.state === 'no-internet-gateway') {
    return addressed(`PubliclyAccessible is not set and the subnets' VPC has no internet gateway, so the ${kind} is private`, { propertyPath, evidence: gateway.evidence });
  }
  return needsReview(`PubliclyAccessible is not set: RDS makes the ${kind} public if its subnets' VPC has an internet gateway (${gateway.reason}); set it to false`, { propertyPath });
}

export default defineRule({
  id: 'SRM-NET-003',
  title: 'RDS DB instances are not publicly accessible',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_INSTANCE_PUBLIC_ACCESS_CHECK',
    securityHub: ['RDS.2'],
    controlTower: ['CT.RDS.PR.23'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-RDSInstancePublicAccess'],
  },
  docs: {
    description: 'A publicly accessible instance gets a DNS name that resolves to a public IP; only its security group then stands between the database and the internet.',
    addressedBy: '`PubliclyAccessible: false` on the AWS::RDS::DBInstance.',
    default:
      'Absent: RDS decides from the VPC. Without `DBSubnetGroupName` the instance lands in the default VPC, which has an internet gateway, so it is public: unaddressed. With a subnet group it is public exactly when the subnets\' VPC has an internet gateway: the rule follows subnet group → subnets → VPC → gateway attachment in the template (unaddressed with a gateway, addressed without), needs-review when the chain leaves the template. A CDK `DatabaseInstance` in private subnets of a `Vpc` with public subnets leaves the property unset, so it is public by this default.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { publiclyAccessible: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, ... })',
      cloudformation: 'Set `PubliclyAccessible: false` (and place the instance in private subnets with `DBSubnetGroupName`).',
    },
  },
  check(instance) {
    const publicly = instance.get('PubliclyAccessible');
    if (publicly.value === undefined) {
      if (instance.get('DBClusterIdentifier').value !== undefined && instance.get('DBSubnetGroupName').value === undefined) {
        return needsReview('PubliclyAccessible is not set: the instance is public if the cluster\'s subnets are in a VPC with an internet gateway; set it to false', {
          propertyPath: 'PubliclyAccessible',
        });
      }
      return defaultPublicAccess(instance, 'instance');
    }
    return judge(publicly, (value) =>
      asBoolean(value) === false
        ? { ok: true, message: 'the instance is not publicly accessible' }
        : asBoolean(value) === true
          ? { ok: false, message: 'PubliclyAccessible is true: the instance has a public endpoint' }
          : { ok: false, message: `PubliclyAccessible is ${JSON.stringify(value)}, not a boolean` },
    );
  },
});
