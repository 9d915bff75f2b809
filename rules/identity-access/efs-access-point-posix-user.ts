import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { ConditionalValue, Unresolved, describeValue, isPlainObject } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-IAM-035',
  title: 'EFS access points enforce a POSIX user identity',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::EFS::AccessPoint'],
  controls: {
    configRule: 'EFS_ACCESS_POINT_ENFORCE_USER_IDENTITY',
    securityHub: ['EFS.4'],
    controlTower: ['CT.ELASTICFILESYSYSTEM.PR.4'],
    nist80053: ['AC-6(2)'],
  },
  docs: {
    description: 'With a POSIX user on the access point, EFS replaces the user and group ids every NFS client claims; without it a client can claim to be root or any other owner.',
    addressedBy: '`PosixUser` with `Uid` and `Gid` on the AWS::EFS::AccessPoint.',
    default: 'Without `PosixUser` the client\'s own user and group ids are used: unaddressed.',
    fix: {
      cdk: "fileSystem.addAccessPoint('App', { path: '/app', posixUser: { uid: '1001', gid: '1001' } })",
      cloudformation: 'Set `PosixUser: { Uid: "1001", Gid: "1001" }` on the AWS::EFS::AccessPoint.',
    },
  },
  check(accessPoint) {
    const lookup = accessPoint.get('PosixUser');
    const user = lookup.value;
    const options = { propertyPath: lookup.path };
    if (user === undefined) return unaddressed('PosixUser is not set, so NFS clients act under whatever user and group ids they claim', options);
    if (user instanceof Unresolved || user instanceof ConditionalValue || !isPlainObject(user)) return needsReview(`PosixUser cannot be resolved: ${describeValue(user)}`, options);
    const missing = (['Uid', 'Gid'] as const).filter((key) => user[key] === undefined);
    if (missing.length > 0) return unaddressed(`PosixUser has no ${missing.join(' or ')}`, options);
    const unknown = (['Uid', 'Gid'] as const).filter((key) => typeof user[key] !== 'string' && typeof user[key] !== 'number');
    if (unknown.length > 0) return needsReview(`PosixUser.${unknown.join(' and ')} cannot be resolved: ${describeValue(user)}`, options);
    return addressed(`clients act as uid ${String(user.Uid)}, gid ${String(user.Gid)}`, { ...options, evidence: { description: `PosixUser = ${describeValue(user)}`, propertyPath: lookup.path } });
  },
});
