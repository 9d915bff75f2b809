import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import rule from '../../../rules/identity-access/efs-access-point-root-directory';
import { testRule } from '../../support/rule-tester';

const accessPoint = (properties: object) => ({ AP: { Type: 'AWS::EFS::AccessPoint', Properties: { FileSystemId: 'fs-1', ...properties } } });
const fileSystem = (stack: import('aws-cdk-lib').Stack) => new efs.FileSystem(stack, 'Fs', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }) });

testRule(rule, [
  { name: 'application directory', resources: accessPoint({ RootDirectory: { Path: '/app' } }), expect: 'addressed' },
  { name: 'root directory /', resources: accessPoint({ RootDirectory: { Path: '/' } }), expect: [{ status: 'unaddressed', propertyPath: 'RootDirectory.Path' }] },
  { name: 'no root directory', resources: accessPoint({}), expect: 'unaddressed' },
  { name: 'path from a parameter without a default', parameters: { P: { Type: 'String' } }, resources: accessPoint({ RootDirectory: { Path: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: 'access point on /app', cdk: (stack) => void fileSystem(stack).addAccessPoint('AP', { path: '/app' }), expect: [{ status: 'addressed', on: 'AP' }] },
  { name: 'access point without a path', cdk: (stack) => void fileSystem(stack).addAccessPoint('AP'), expect: 'unaddressed' },
]);
