import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { ResourceReference, describeValue } from '../../lib/model/values';
import { AT_REST_NIST } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-043',
  title: 'Glue job uses a security configuration',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::Glue::Job'],
  controls: {
    controlTower: ['CT.GLUE.PR.1'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'A Glue security configuration is what encrypts the job\'s S3 output, CloudWatch logs and bookmarks; without one the job encrypts nothing of its own.',
    addressedBy: '`SecurityConfiguration` naming an AWS::Glue::SecurityConfiguration.',
    default: 'Absent means the job runs without a security configuration: unaddressed.',
    fix: {
      cdk: "new glue.CfnJob(this, 'Job', { command, role, securityConfiguration: securityConfiguration.ref })",
      cloudformation: 'Set `SecurityConfiguration` on the AWS::Glue::Job to the name of a Glue security configuration.',
    },
  },
  check(job) {
    return judge(job.get('SecurityConfiguration'), (value) => {
      if (value === undefined || value === '') return { ok: false, message: 'the job has no security configuration, so it does not encrypt its output, logs or bookmarks' };
      if (typeof value === 'string' || value instanceof ResourceReference) return { ok: true, message: `the job uses security configuration ${describeValue(value)}` };
      return { ok: 'unknown', message: `SecurityConfiguration is ${describeValue(value)}, which is not a name` };
    });
  },
});
