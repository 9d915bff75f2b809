import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { requireOn } from './checks';

export const AT_REST = 'SecurityConfiguration.EncryptionConfiguration.AtRestEncryptionConfiguration';

/** The security configuration's master switch: nothing below it counts while it is off. */
export function atRestSwitch(configuration: ResourceModel): Finding | undefined {
  const finding = requireOn(configuration.get('SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption'), {
    absent: false,
    on: 'at-rest encryption is on',
    off: 'at-rest encryption is off',
  });
  return finding.status === 'addressed' ? undefined : finding;
}
