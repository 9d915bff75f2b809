import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, requireTrue } from './support';

export default defineRule({
  id: 'SRM-EIT-026',
  title: 'RDS Proxy requires TLS from clients',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBProxy'],
  controls: {
    controlTower: ['CT.RDS.PR.26'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'An RDS Proxy accepts unencrypted client connections unless it is told to require TLS.',
    addressedBy: '`RequireTLS: true`.',
    default: 'Absent `RequireTLS` means false in CloudFormation: unaddressed. (The CDK `DatabaseProxy` sets it to true by default.)',
    fix: {
      cdk: 'new rds.DatabaseProxy(this, id, { proxyTarget, secrets, vpc, requireTLS: true })',
      cloudformation: 'Set `RequireTLS: true`.',
    },
  },
  check(proxy) {
    return requireTrue(proxy.get('RequireTLS'), {
      on: 'the proxy requires TLS',
      off: 'RequireTLS is false, so clients may connect without TLS',
      absent: 'RequireTLS is not set, so clients may connect without TLS',
    });
  },
});
