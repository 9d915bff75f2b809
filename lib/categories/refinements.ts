import type { Classification, ServiceCategory } from './types';

/**
 * Reads a resource property by dotted path (`LaunchType`, `ComputeResources.Type`).
 *
 * Returns the resolved plain value, `undefined` when the property is absent, or some non-plain
 * object when the value cannot be resolved (a parameter without a default, a reference to another
 * resource, an undecidable condition). Refinements treat anything but plain strings, lists and
 * objects as unknown and keep the type's default, so an unresolved value never moves a resource.
 */
export type PropertyReader = (path: string) => unknown;

/** A value that is present but cannot be read as the plain value a refinement needs. */
const UNKNOWN: unique symbol = Symbol('unknown');
type Unknown = typeof UNKNOWN;

type Outcome =
  | { readonly category: ServiceCategory; readonly reason: string }
  | { readonly unresolved: string }
  /** Nothing in the properties changes the default. */
  | undefined;

type Refiner = (read: PropertyReader) => Outcome;

// Unresolved values arrive as class instances (or other non-plain objects); only object literals
// and null-prototype records stand for a value the template states outright.
function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function readString(read: PropertyReader, path: string): string | undefined | Unknown {
  const value = read(path);
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : UNKNOWN;
}

function readStringList(read: PropertyReader, path: string): readonly string[] | undefined | Unknown {
  const value = read(path);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return UNKNOWN;
  const items: readonly unknown[] = value;
  return items.every((item): item is string => typeof item === 'string') ? items : UNKNOWN;
}

/** Whether a block of configuration is there at all, without needing its contents. */
function presence(read: PropertyReader, path: string): 'present' | 'absent' | Unknown {
  const value = read(path);
  if (value === undefined) return 'absent';
  if (typeof value === 'string' || Array.isArray(value) || isPlainRecord(value)) return 'present';
  return UNKNOWN;
}

/** The capacity provider names of a `CapacityProviderStrategy` list. */
function readCapacityProviders(read: PropertyReader, path: string): readonly string[] | undefined | Unknown {
  const value = read(path);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return UNKNOWN;
  const names: string[] = [];
  for (const item of value as readonly unknown[]) {
    if (!isPlainRecord(item)) return UNKNOWN;
    const name = item.CapacityProvider;
    if (typeof name !== 'string') return UNKNOWN;
    names.push(name);
  }
  return names;
}

const FARGATE_PROVIDERS: ReadonlySet<string> = new Set(['FARGATE', 'FARGATE_SPOT']);

function ecsPlacement(what: string): Refiner {
  return (read) => {
    const launchType = readString(read, 'LaunchType');
    if (launchType === UNKNOWN) return { unresolved: 'LaunchType' };
    switch (launchType) {
      case 'FARGATE':
        return { category: 'container', reason: `${what} on Fargate capacity` };
      case 'MANAGED_INSTANCES':
        return { category: 'container', reason: `${what} on ECS Managed Instances, which AWS patches` };
      case 'EC2':
        return { category: 'infrastructure', reason: `${what} on EC2 capacity` };
      case 'EXTERNAL':
        return { category: 'infrastructure', reason: `${what} on external (ECS Anywhere) servers the customer manages` };
      default:
        break;
    }
    const providers = readCapacityProviders(read, 'CapacityProviderStrategy');
    if (providers === UNKNOWN) return { unresolved: 'CapacityProviderStrategy' };
    if (providers !== undefined && providers.length > 0 && providers.every((name) => FARGATE_PROVIDERS.has(name))) {
      return { category: 'container', reason: `${what} on Fargate capacity` };
    }
    // A named capacity provider can be an Auto Scaling group or managed instances, and an absent
    // strategy defers to the cluster's default: neither can be settled from this resource.
    return undefined;
  };
}

const ecsTaskDefinition: Refiner = (read) => {
  const compatibilities = readStringList(read, 'RequiresCompatibilities');
  if (compatibilities === UNKNOWN) return { unresolved: 'RequiresCompatibilities' };
  if (compatibilities === undefined || compatibilities.length === 0) return undefined;
  if (compatibilities.some((c) => c === 'EC2' || c === 'EXTERNAL')) {
    return { category: 'infrastructure', reason: 'ECS task definition compatible with customer-managed instances' };
  }
  if (compatibilities.every((c) => c === 'FARGATE' || c === 'MANAGED_INSTANCES')) {
    return { category: 'container', reason: 'ECS task definition for Fargate or AWS-managed instances only' };
  }
  return undefined;
};

const ecsCapacityProvider: Refiner = (read) => {
  const managed = presence(read, 'ManagedInstancesProvider');
  const autoScaling = presence(read, 'AutoScalingGroupProvider');
  if (autoScaling === 'present') {
    return { category: 'infrastructure', reason: 'ECS capacity provider backed by an Auto Scaling group' };
  }
  if (autoScaling === UNKNOWN) return { unresolved: 'AutoScalingGroupProvider' };
  if (managed === 'present') {
    return { category: 'container', reason: 'ECS Managed Instances capacity provider: AWS patches the instances' };
  }
  return managed === UNKNOWN ? { unresolved: 'ManagedInstancesProvider' } : undefined;
};

function lambdaPackage(what: string): Refiner {
  return (read) => {
    const packageType = readString(read, 'PackageType');
    if (packageType === UNKNOWN) return { unresolved: 'PackageType' };
    if (packageType === 'Image') {
      return { category: 'container', reason: `${what} from a container image: the customer patches the image` };
    }
    if (packageType === 'Zip') {
      return { category: 'abstracted', reason: `${what} from a .zip package on a managed runtime` };
    }
    return undefined;
  };
}

const batchComputeEnvironment: Refiner = (read) => {
  const type = readString(read, 'Type');
  if (type === UNKNOWN) return { unresolved: 'Type' };
  if (type?.toUpperCase() === 'UNMANAGED') {
    return { category: 'infrastructure', reason: 'unmanaged Batch compute environment: the customer manages the instances' };
  }
  const resourceType = readString(read, 'ComputeResources.Type');
  if (resourceType === UNKNOWN) return { unresolved: 'ComputeResources.Type' };
  switch (resourceType) {
    case 'FARGATE':
    case 'FARGATE_SPOT':
      return { category: 'container', reason: 'Batch compute environment on Fargate' };
    case 'EC2':
    case 'SPOT':
      return { category: 'infrastructure', reason: 'Batch compute environment on EC2 instances' };
    default:
      return undefined;
  }
};

const batchJobDefinition: Refiner = (read) => {
  const capabilities = readStringList(read, 'PlatformCapabilities');
  if (capabilities === UNKNOWN) return { unresolved: 'PlatformCapabilities' };
  if (capabilities === undefined || capabilities.length === 0) return undefined;
  if (capabilities.every((c) => c === 'FARGATE')) {
    return { category: 'container', reason: 'Batch job definition for Fargate' };
  }
  if (capabilities.includes('EC2')) {
    return { category: 'infrastructure', reason: 'Batch job definition for EC2 instances' };
  }
  return undefined;
};

const gameLiftFleet: Refiner = (read) => {
  const computeType = readString(read, 'ComputeType');
  if (computeType === UNKNOWN) return { unresolved: 'ComputeType' };
  if (computeType === 'ANYWHERE') {
    return { category: 'infrastructure', reason: 'GameLift Anywhere fleet: game servers on hosts the customer manages' };
  }
  if (computeType === 'EC2') {
    return { category: 'container', reason: 'GameLift managed EC2 fleet: AWS manages the instances' };
  }
  return undefined;
};

/** Types whose category depends on how the resource is configured, not only on what it is. */
const REFINERS: ReadonlyMap<string, Refiner> = new Map<string, Refiner>([
  ['AWS::ECS::Service', ecsPlacement('ECS service')],
  ['AWS::ECS::TaskSet', ecsPlacement('ECS task set')],
  ['AWS::ECS::TaskDefinition', ecsTaskDefinition],
  ['AWS::ECS::CapacityProvider', ecsCapacityProvider],
  ['AWS::Lambda::Function', lambdaPackage('Lambda function')],
  ['AWS::Serverless::Function', lambdaPackage('SAM function')],
  ['AWS::Batch::ComputeEnvironment', batchComputeEnvironment],
  ['AWS::Batch::JobDefinition', batchJobDefinition],
  ['AWS::GameLift::Fleet', gameLiftFleet],
]);

/** The types `refine` can move away from their default; exported for documentation and tests. */
export const REFINED_TYPES: readonly string[] = [...REFINERS.keys()];

/**
 * Adjusts a type-level classification with what the resource's own properties say.
 *
 * When a deciding property is present but unresolved, the type's default category stands and the
 * reason says which property could not be read, so a report can ask for a review instead of
 * presenting a guess as a finding.
 */
export function refine(type: string, base: Classification, read: PropertyReader): Classification {
  const refiner = REFINERS.get(type);
  if (refiner === undefined) return base;
  const outcome = refiner(read);
  if (outcome === undefined) return base;
  if ('unresolved' in outcome) {
    return { ...base, reason: `${outcome.unresolved} could not be resolved; kept the ${base.category} default` };
  }
  return { category: outcome.category, basis: 'refinement', reason: outcome.reason };
}
