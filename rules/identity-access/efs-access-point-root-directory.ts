import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-034',
  title: 'EFS access points confine clients to a directory other than the root',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::EFS::AccessPoint'],
  controls: {
    configRule: 'EFS_ACCESS_POINT_ENFORCE_ROOT_DIRECTORY',
    securityHub: ['EFS.3'],
    controlTower: ['CT.ELASTICFILESYSYSTEM.PR.3'],
    nist80053: ['AC-6(10)'],
  },
  docs: {
    description: 'An access point\'s root directory is all its clients can see; left at `/` they reach every file of the file system, not just their application\'s share.',
    addressedBy: '`RootDirectory.Path` set to a directory other than `/`.',
    default: 'Without `RootDirectory.Path` the access point exposes the file system root `/`: unaddressed.',
    fix: {
      cdk: "fileSystem.addAccessPoint('App', { path: '/app', createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' }, posixUser: { uid: '1001', gid: '1001' } })",
      cloudformation: 'Set `RootDirectory.Path: /app` (with `RootDirectory.CreationInfo` if the directory does not exist yet) on the AWS::EFS::AccessPoint.',
    },
  },
  check(accessPoint) {
    return requireString(accessPoint.get('RootDirectory.Path'), { ok: false, message: 'RootDirectory.Path is not set, so clients see the whole file system from /' }, (path) =>
      /^\/*$/.test(path.trim()) ? { ok: false, message: `RootDirectory.Path is ${path || '(empty)'}: clients see the whole file system` } : { ok: true, message: `clients are confined to ${path}` },
    );
  },
});
