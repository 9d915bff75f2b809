import { categoryOfType, classifyResource, type PropertyReader, type ServiceCategory } from '../../lib/categories';

const noProperties: PropertyReader = () => undefined;

describe('categoryOfType', () => {
  test.each<[string, ServiceCategory]>([
    ['AWS::EC2::Instance', 'infrastructure'],
    ['AWS::EC2::VPC', 'infrastructure'],
    ['AWS::EC2::SecurityGroup', 'infrastructure'],
    ['AWS::AutoScaling::AutoScalingGroup', 'infrastructure'],
    ['AWS::EMR::Cluster', 'infrastructure'],
    ['AWS::EKS::Nodegroup', 'infrastructure'],
    ['AWS::RDS::DBInstance', 'container'],
    ['AWS::ElasticBeanstalk::Environment', 'container'],
    ['AWS::ElastiCache::ReplicationGroup', 'container'],
    ['AWS::OpenSearchService::Domain', 'container'],
    ['AWS::Redshift::Cluster', 'container'],
    ['AWS::AmazonMQ::Broker', 'container'],
    ['AWS::EKS::Cluster', 'container'],
    ['AWS::EKS::FargateProfile', 'container'],
    ['AWS::ECS::Cluster', 'container'],
    ['AWS::S3::Bucket', 'abstracted'],
    ['AWS::DynamoDB::Table', 'abstracted'],
    ['AWS::SQS::Queue', 'abstracted'],
    ['AWS::SNS::Topic', 'abstracted'],
    ['AWS::Lambda::Function', 'abstracted'],
    ['AWS::KMS::Key', 'abstracted'],
    ['AWS::IAM::Role', 'abstracted'],
    ['AWS::EMRServerless::Application', 'abstracted'],
    ['AWS::SageMaker::Model', 'abstracted'],
    ['AWS::Serverless::Function', 'abstracted'],
    ['AWS::Serverless::SimpleTable', 'abstracted'],
    ['Alexa::ASK::Skill', 'abstracted'],
    ['Custom::Foo', 'custom'],
    ['AWS::CloudFormation::CustomResource', 'custom'],
    ['MongoDB::Atlas::Cluster', 'custom'],
  ])('%s is %s', (type, category) => {
    expect(categoryOfType(type)?.category).toBe(category);
  });

  test('the basis says where the category came from', () => {
    expect(categoryOfType('AWS::S3::Bucket')).toEqual({ category: 'abstracted', basis: 'namespace' });
    expect(categoryOfType('AWS::EKS::Nodegroup')).toMatchObject({ category: 'infrastructure', basis: 'type' });
    expect(categoryOfType('AWS::EKS::Nodegroup')?.reason).toBeTruthy();
    expect(categoryOfType('Custom::Foo')).toMatchObject({ basis: 'custom' });
    expect(categoryOfType('MongoDB::Atlas::Cluster')).toMatchObject({ basis: 'custom' });
  });

  test("the CDK's own stand-in for an AWS resource is classified as that resource, not as custom code", () => {
    expect(categoryOfType('Custom::AWSCDK-EKS-Cluster')).toMatchObject({ category: 'container', basis: 'type' });
    expect(categoryOfType('Custom::AWSCDK-EKS-HelmChart')).toMatchObject({ category: 'custom' });
  });

  test('an unknown AWS namespace has no category', () => {
    expect(categoryOfType('AWS::NoSuchService::Thing')).toBeUndefined();
  });

  test('strings that are not resource types have no category', () => {
    expect(categoryOfType('')).toBeUndefined();
    expect(categoryOfType('Bucket')).toBeUndefined();
    expect(categoryOfType('AWS::S3')).toBeUndefined();
    expect(categoryOfType('AWS::::Bucket')).toBeUndefined();
  });
});

describe('classifyResource', () => {
  test('an unknown AWS namespace is assumed abstracted and flagged as unknown', () => {
    const result = classifyResource('AWS::NoSuchService::Thing', noProperties);
    expect(result).toMatchObject({ category: 'abstracted', basis: 'unknown' });
    expect(result.reason).toContain('AWS::NoSuchService::Thing');
  });

  test('a type without refinements keeps its type classification', () => {
    expect(classifyResource('AWS::S3::Bucket', noProperties)).toEqual({ category: 'abstracted', basis: 'namespace' });
    expect(classifyResource('Custom::Foo', noProperties).category).toBe('custom');
  });

  test('properties refine the classification', () => {
    const read: PropertyReader = (path) => (path === 'LaunchType' ? 'FARGATE' : undefined);
    expect(classifyResource('AWS::ECS::Service', read)).toMatchObject({ category: 'container', basis: 'refinement' });
  });
});
