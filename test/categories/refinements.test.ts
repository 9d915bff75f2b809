import { classifyResource, refine, type Classification, type PropertyReader } from '../../lib/categories';

/** A reader over a plain property object, following dotted paths the way the model does. */
function reader(properties: Record<string, unknown>): PropertyReader {
  return (path) => {
    let current: unknown = properties;
    for (const segment of path.split('.')) {
      if (typeof current !== 'object' || current === null) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

/** Stands in for the model's unresolved values: an object that is not a plain literal. */
class Unresolved {
  constructor(readonly why: string) {}
}

const category = (type: string, properties: Record<string, unknown>): string =>
  classifyResource(type, reader(properties)).category;

describe('ECS', () => {
  test.each(['AWS::ECS::Service', 'AWS::ECS::TaskSet'])('%s follows its launch type', (type) => {
    expect(category(type, { LaunchType: 'FARGATE' })).toBe('container');
    expect(category(type, { LaunchType: 'EC2' })).toBe('infrastructure');
    expect(category(type, { LaunchType: 'EXTERNAL' })).toBe('infrastructure');
    expect(category(type, {})).toBe('infrastructure');
  });

  test('a service on Fargate says so', () => {
    expect(classifyResource('AWS::ECS::Service', reader({ LaunchType: 'FARGATE' }))).toEqual({
      category: 'container',
      basis: 'refinement',
      reason: 'ECS service on Fargate capacity',
    });
  });

  test('a capacity provider strategy of Fargate providers only is Fargate', () => {
    const strategy = [
      { CapacityProvider: 'FARGATE', Weight: 1 },
      { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
    ];
    expect(category('AWS::ECS::Service', { CapacityProviderStrategy: strategy })).toBe('container');
  });

  test('a strategy with any other provider keeps the EC2 default', () => {
    const strategy = [{ CapacityProvider: 'FARGATE' }, { CapacityProvider: 'my-asg-provider' }];
    expect(category('AWS::ECS::Service', { CapacityProviderStrategy: strategy })).toBe('infrastructure');
  });

  test('a strategy naming an unresolved provider keeps the default', () => {
    const strategy = [{ CapacityProvider: new Unresolved('Ref to a capacity provider') }];
    const result = classifyResource('AWS::ECS::Service', reader({ CapacityProviderStrategy: strategy }));
    expect(result.category).toBe('infrastructure');
    expect(result.basis).toBe('namespace');
    expect(result.reason).toContain('CapacityProviderStrategy');
  });

  test('task definitions follow their required compatibilities', () => {
    expect(category('AWS::ECS::TaskDefinition', { RequiresCompatibilities: ['FARGATE'] })).toBe('container');
    expect(category('AWS::ECS::TaskDefinition', { RequiresCompatibilities: ['EC2', 'FARGATE'] })).toBe('infrastructure');
    expect(category('AWS::ECS::TaskDefinition', { RequiresCompatibilities: ['EC2'] })).toBe('infrastructure');
    expect(category('AWS::ECS::TaskDefinition', {})).toBe('infrastructure');
  });

  test('capacity providers follow what backs them', () => {
    expect(category('AWS::ECS::CapacityProvider', { AutoScalingGroupProvider: { AutoScalingGroupArn: 'arn' } })).toBe(
      'infrastructure',
    );
    expect(category('AWS::ECS::CapacityProvider', { ManagedInstancesProvider: { InfrastructureRoleArn: 'arn' } })).toBe(
      'container',
    );
  });
});

describe('Lambda', () => {
  test.each(['AWS::Lambda::Function', 'AWS::Serverless::Function'])('%s from an image is container', (type) => {
    expect(category(type, { PackageType: 'Image' })).toBe('container');
    expect(classifyResource(type, reader({ PackageType: 'Image' })).reason).toMatch(/image/);
  });

  test.each(['AWS::Lambda::Function', 'AWS::Serverless::Function'])('%s from a zip is abstracted', (type) => {
    expect(category(type, { PackageType: 'Zip' })).toBe('abstracted');
    expect(category(type, { Runtime: 'nodejs20.x' })).toBe('abstracted');
  });
});

describe('Batch', () => {
  test('compute environments follow their compute resources', () => {
    const env = (type: string) => ({ Type: 'MANAGED', ComputeResources: { Type: type } });
    expect(category('AWS::Batch::ComputeEnvironment', env('FARGATE'))).toBe('container');
    expect(category('AWS::Batch::ComputeEnvironment', env('FARGATE_SPOT'))).toBe('container');
    expect(category('AWS::Batch::ComputeEnvironment', env('EC2'))).toBe('infrastructure');
    expect(category('AWS::Batch::ComputeEnvironment', env('SPOT'))).toBe('infrastructure');
    expect(category('AWS::Batch::ComputeEnvironment', { Type: 'UNMANAGED' })).toBe('infrastructure');
  });

  test('job definitions follow their platform capabilities', () => {
    expect(category('AWS::Batch::JobDefinition', { PlatformCapabilities: ['FARGATE'] })).toBe('container');
    expect(category('AWS::Batch::JobDefinition', { PlatformCapabilities: ['EC2'] })).toBe('infrastructure');
    expect(category('AWS::Batch::JobDefinition', {})).toBe('infrastructure');
  });
});

describe('GameLift', () => {
  test('Anywhere fleets are the customer\'s hosts', () => {
    expect(category('AWS::GameLift::Fleet', { ComputeType: 'ANYWHERE' })).toBe('infrastructure');
    expect(category('AWS::GameLift::Fleet', { ComputeType: 'EC2' })).toBe('container');
    expect(category('AWS::GameLift::Fleet', {})).toBe('container');
  });
});

describe('unresolved values keep the default', () => {
  test.each<[string, Record<string, unknown>, string]>([
    ['AWS::ECS::Service', { LaunchType: new Unresolved('parameter without default') }, 'infrastructure'],
    ['AWS::ECS::TaskDefinition', { RequiresCompatibilities: new Unresolved('import') }, 'infrastructure'],
    ['AWS::ECS::TaskDefinition', { RequiresCompatibilities: ['FARGATE', new Unresolved('x')] }, 'infrastructure'],
    ['AWS::Lambda::Function', { PackageType: new Unresolved('parameter without default') }, 'abstracted'],
    ['AWS::Batch::ComputeEnvironment', { Type: 'MANAGED', ComputeResources: { Type: new Unresolved('x') } }, 'infrastructure'],
    ['AWS::ECS::CapacityProvider', { ManagedInstancesProvider: new Unresolved('condition') }, 'infrastructure'],
    ['AWS::GameLift::Fleet', { ComputeType: new Unresolved('x') }, 'container'],
  ])('%s with %j', (type, properties, expected) => {
    const result = classifyResource(type, reader(properties));
    expect(result.category).toBe(expected);
    expect(result.basis).not.toBe('refinement');
    expect(result.reason).toMatch(/could not be resolved/);
  });

  test('a value of the wrong shape is treated as unknown', () => {
    expect(category('AWS::ECS::TaskDefinition', { RequiresCompatibilities: 'FARGATE' })).toBe('infrastructure');
    expect(category('AWS::Lambda::Function', { PackageType: ['Image'] })).toBe('abstracted');
  });
});

describe('refine', () => {
  test('leaves types without refinements alone', () => {
    const base: Classification = { category: 'abstracted', basis: 'namespace' };
    expect(refine('AWS::S3::Bucket', base, () => 'anything')).toBe(base);
  });

  test('leaves the base alone when nothing in the properties decides', () => {
    const base: Classification = { category: 'infrastructure', basis: 'namespace' };
    expect(refine('AWS::ECS::Service', base, () => undefined)).toBe(base);
  });
});
