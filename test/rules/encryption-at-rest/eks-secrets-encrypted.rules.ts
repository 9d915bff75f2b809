import * as eks from 'aws-cdk-lib/aws-eks';
import rule from '../../../rules/encryption-at-rest/eks-secrets-encrypted';
import { testRule } from '../../support/rule-tester';
import { cdkEksClusterResource, classicEksCluster } from '../../support/cdk-eks';
import * as kms from 'aws-cdk-lib/aws-kms';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::EKS::Cluster';
const base = { RoleArn: 'arn:aws:iam::1:role/eks', ResourcesVpcConfig: { SubnetIds: ['subnet-1'] } };
const cdkBase = { roleArn: 'arn:aws:iam::1:role/eks', resourcesVpcConfig: { subnetIds: ['subnet-1'] } };

testRule(rule, [
  { name: 'secrets with a key', resources: one(T, { ...base, EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:eu-west-1:1:key/k' } }] }), expect: [{ status: 'addressed', propertyPath: 'EncryptionConfig.0.Provider.KeyArn' }] },
  { name: 'no EncryptionConfig', resources: one(T, base), expect: 'unaddressed' },
  { name: 'entry without secrets', resources: one(T, { ...base, EncryptionConfig: [{ Resources: ['configmaps'], Provider: { KeyArn: 'k' } }] }), expect: 'unaddressed' },
  { name: 'entry is a string', resources: one(T, { ...base, EncryptionConfig: ['secrets'] }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ ...base, EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: u } }] })),
  imported(T, (u) => ({ ...base, EncryptionConfig: u })),
  { name: 'L1 CfnCluster with secrets encryption', cdk: (stack) => void new eks.CfnCluster(stack, 'Cluster', { ...cdkBase, encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:eu-west-1:1:key/k' } }] }), expect: 'addressed' },
  { name: 'L1 CfnCluster without', cdk: (stack) => void new eks.CfnCluster(stack, 'Cluster', cdkBase), expect: 'unaddressed' },
  // The CDK's classic eks.Cluster: a custom resource whose Config is the EKS API request.
  { name: '[Custom::AWSCDK-EKS-Cluster] secrets with a key', resources: cdkEksClusterResource({ encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:eu-west-1:1:key/k' } }] }), expect: [{ status: 'addressed', propertyPath: 'Config.encryptionConfig.0.provider.keyArn' }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] no encryptionConfig', resources: cdkEksClusterResource({}), expect: 'unaddressed' },
  { name: '[Custom::AWSCDK-EKS-Cluster] key from a parameter', parameters: { K: { Type: 'String' } }, resources: cdkEksClusterResource({ encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: { Ref: 'K' } } }] }), expect: 'needs-review' },
  { name: '[aws-eks] Cluster with a secrets key', cdk: (stack) => void classicEksCluster(stack, { secretsEncryptionKey: new kms.Key(stack, 'Key') }), expect: 'addressed' },
  { name: '[aws-eks] Cluster without one', cdk: (stack) => void classicEksCluster(stack), expect: 'unaddressed' },
]);
