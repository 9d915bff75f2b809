import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import rule from '../../../rules/encryption-at-rest/firehose-delivery-stream-encrypted';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::KinesisFirehose::DeliveryStream';
const s3 = { ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::b', RoleARN: 'arn:aws:iam::1:role/r' } };
const fromStream = (encryption?: object) => ({
  Source: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1, StreamEncryption: encryption } },
  R: { Type: T, Properties: { ...s3, DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: { 'Fn::GetAtt': ['Source', 'Arn'] }, RoleARN: 'arn:aws:iam::1:role/r' } } },
});
const cdkProps = { s3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::b', roleArn: 'arn:aws:iam::1:role/r' } };

testRule(rule, [
  { name: 'AWS owned key', resources: one(T, { ...s3, DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }), expect: 'addressed' },
  { name: 'Direct PUT without encryption', resources: one(T, s3), expect: [{ status: 'unaddressed', message: /not encrypted/ }] },
  { name: 'source stream encrypted (through the reference)', resources: fromStream({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }), expect: [{ status: 'addressed', on: 'R', message: /source stream Source/ }] },
  { name: 'source stream not encrypted', resources: fromStream(), expect: [{ status: 'unaddressed', on: 'R', message: /does not encrypt/ }] },
  { name: 'source stream outside the template', resources: one(T, { ...s3, DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: 'arn:aws:kinesis:eu-west-1:1:stream/s' } }), expect: 'needs-review' },
  { name: 'MSK source', resources: one(T, { ...s3, DeliveryStreamType: 'MSKAsSource' }), expect: 'addressed' },
  unresolvable(T, (u) => ({ ...s3, DeliveryStreamEncryptionConfigurationInput: { KeyType: u } })),
  imported(T, (u) => ({ ...s3, DeliveryStreamType: u })),
  { name: 'L1 CfnDeliveryStream encrypted', cdk: (stack) => void new firehose.CfnDeliveryStream(stack, 'Delivery', { ...cdkProps, deliveryStreamEncryptionConfigurationInput: { keyType: 'AWS_OWNED_CMK' } }), expect: 'addressed' },
  { name: 'L1 CfnDeliveryStream not encrypted', cdk: (stack) => void new firehose.CfnDeliveryStream(stack, 'Delivery', cdkProps), expect: 'unaddressed' },
]);
