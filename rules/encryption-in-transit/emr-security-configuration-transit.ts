import { addressed, asBoolean, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { ConditionalValue, Unresolved, isPlainObject, type Resolved } from '../../lib/model/values';
import { NIST_TRANSIT } from './support';

const PATH = 'SecurityConfiguration.EncryptionConfiguration';

export default defineRule({
  id: 'SRM-EIT-019',
  title: 'EMR security configuration encrypts data in transit',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  controls: {
    controlTower: ['CT.EMR.PR.4'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-EMR5'],
  },
  docs: {
    description: 'EMR encrypts traffic between cluster nodes and to applications only with a security configuration that turns it on and supplies certificates.',
    addressedBy: '`EncryptionConfiguration.EnableInTransitEncryption: true` with an `InTransitEncryptionConfiguration` in the security configuration JSON.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new emr.CfnSecurityConfiguration(this, id, { securityConfiguration: { EncryptionConfiguration: { EnableInTransitEncryption: true, InTransitEncryptionConfiguration: { TLSCertificateConfiguration: {...} }, EnableAtRestEncryption: ... } } })',
      cloudformation: 'In `SecurityConfiguration.EncryptionConfiguration` set `EnableInTransitEncryption: true` and add `InTransitEncryptionConfiguration`.',
    },
  },
  check(configuration) {
    let document: Resolved = configuration.get('SecurityConfiguration').value;
    if (typeof document === 'string') {
      try {
        document = JSON.parse(document) as Resolved;
      } catch {
        return needsReview('SecurityConfiguration is text that is not JSON', { propertyPath: 'SecurityConfiguration' });
      }
    }
    if (document instanceof Unresolved || document instanceof ConditionalValue || !isPlainObject(document)) {
      return needsReview(`SecurityConfiguration cannot be read${document instanceof Unresolved ? `: ${document.reason}` : ''}`, { propertyPath: 'SecurityConfiguration' });
    }
    const encryption = document.EncryptionConfiguration;
    if (encryption !== undefined && !isPlainObject(encryption)) return needsReview(`${PATH} cannot be read`, { propertyPath: PATH });
    const enabled = encryption?.EnableInTransitEncryption;
    const flag = enabled === undefined ? false : asBoolean(enabled);
    if (flag === undefined) return needsReview(`${PATH}.EnableInTransitEncryption is not a known boolean`, { propertyPath: `${PATH}.EnableInTransitEncryption` });
    if (!flag) return unaddressed('in-transit encryption is not enabled in the security configuration', { propertyPath: `${PATH}.EnableInTransitEncryption` });
    if (encryption?.InTransitEncryptionConfiguration === undefined) {
      return unaddressed('in-transit encryption is enabled but no InTransitEncryptionConfiguration supplies certificates', { propertyPath: `${PATH}.InTransitEncryptionConfiguration` });
    }
    return addressed('the security configuration enables in-transit encryption', { propertyPath: `${PATH}.EnableInTransitEncryption` });
  },
});
