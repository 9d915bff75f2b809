import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { NIST_TRANSIT, isFinding, listOf } from './support';

export default defineRule({
  id: 'SRM-EIT-029',
  title: 'Redshift cluster parameter group requires SSL',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::ClusterParameterGroup'],
  controls: {
    configRule: 'REDSHIFT_REQUIRE_TLS_SSL',
    securityHub: ['Redshift.2'],
    controlTower: ['CT.REDSHIFT.PR.9'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-RS1', 'NIST.800.53.R5-RedshiftRequireTlsSSL'],
  },
  docs: {
    description: 'Redshift accepts unencrypted SQL client connections unless the cluster\'s parameter group sets require_ssl.',
    addressedBy: 'A `Parameters` entry `{ParameterName: require_ssl, ParameterValue: "true"}`.',
    default: 'A parameter group without `require_ssl` keeps the family default, false for `redshift-1.0`: unaddressed.',
    fix: {
      cdk: 'new redshift.CfnClusterParameterGroup(this, id, { parameterGroupFamily: "redshift-1.0", description, parameters: [{ parameterName: "require_ssl", parameterValue: "true" }] })',
      cloudformation: 'Add `{ParameterName: require_ssl, ParameterValue: "true"}` to `Parameters`.',
    },
  },
  check(group) {
    const parameters = listOf(group.get('Parameters'));
    if (isFinding(parameters)) return parameters;
    const index = parameters.findIndex((p) => isPlainObject(p) && p.ParameterName === 'require_ssl');
    if (index < 0) {
      if (parameters.some((p) => !isPlainObject(p) || typeof p.ParameterName !== 'string')) return needsReview('a parameter name cannot be resolved', { propertyPath: 'Parameters' });
      return unaddressed('require_ssl is not set, so the cluster accepts unencrypted connections', { propertyPath: 'Parameters' });
    }
    const path = `Parameters.${index}.ParameterValue`;
    const value = group.get(path).value;
    if (typeof value !== 'string' && typeof value !== 'boolean') return needsReview(`${path} cannot be resolved`, { propertyPath: path });
    return String(value).toLowerCase() === 'true'
      ? addressed('require_ssl is true', { propertyPath: path, evidence: { description: `require_ssl = ${String(value)}`, propertyPath: path } })
      : unaddressed(`require_ssl is ${String(value)}, so the cluster accepts unencrypted connections`, { propertyPath: path });
  },
});
