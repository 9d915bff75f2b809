import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import rule from '../../../rules/identity-access/efs-access-point-posix-user';
import { testRule } from '../../support/rule-tester';

const accessPoint = (properties: object) => ({ AP: { Type: 'AWS::EFS::AccessPoint', Properties: { FileSystemId: 'fs-1', ...properties } } });
const fileSystem = (stack: import('aws-cdk-lib').Stack) => new efs.FileSystem(stack, 'Fs', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }) });

testRule(rule, [
  { name: 'POSIX user', resources: accessPoint({ PosixUser: { Uid: '1001', Gid: '1001' } }), expect: 'addressed' },
  { name: 'no POSIX user', resources: accessPoint({}), expect: [{ status: 'unaddressed', propertyPath: 'PosixUser' }] },
  { name: 'uid from a parameter without a default', parameters: { U: { Type: 'String' } }, resources: accessPoint({ PosixUser: { Uid: { Ref: 'U' }, Gid: '1001' } }), expect: 'needs-review' },
  { name: 'POSIX user imported', resources: accessPoint({ PosixUser: { 'Fn::ImportValue': 'user' } }), expect: 'needs-review' },
  { name: 'access point with a POSIX user', cdk: (stack) => void fileSystem(stack).addAccessPoint('AP', { path: '/app', posixUser: { uid: '1001', gid: '1001' } }), expect: 'addressed' },
  { name: 'access point without a POSIX user', cdk: (stack) => void fileSystem(stack).addAccessPoint('AP', { path: '/app' }), expect: 'unaddressed' },
]);
