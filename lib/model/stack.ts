import { IntrinsicResolver, type StackEnvironment } from './intrinsics';
import type { RawTemplate } from './raw-template';
import type { ResourceOrigin } from './origin';
import { ReferenceIndex } from './reference-index';
import { ResourceModel } from './resource';
import type { TemplateFile, UnexpandedResource } from './template-file';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
/** Transforms whose effect the model understands: SAM types are flagged one by one, the others add no resources of their own. */
const KNOWN_TRANSFORMS = new Set([SAM_TRANSFORM, 'AWS::LanguageExtensions', 'AWS::CodeDeployBlueGreen', 'AWS::Include']);
import type { Resolved } from './values';

export interface StackModelProps {
  /** Unique within the app: the artifact id of a cloud assembly stack, or the template path. */
  readonly id: string;
  /** Name shown to people: the CDK display name (`Stage/Stack`) or the file name. */
  readonly name: string;
  /** The CloudFormation stack name it deploys as, when the assembly says so. */
  readonly deployName?: string;
  readonly file: TemplateFile;
  /** Where the stack deploys; empty for environment-agnostic stacks and plain templates. */
  readonly environment: StackEnvironment;
  /** Construct path, L2 construct and source location of each logical id, from the assembly or the construct tree. */
  readonly origins?: PerResource<ResourceOrigin>;
  /**
   * Acknowledgements the CDK adapter found in the construct tree (`Validations.of(c).acknowledge`),
   * by logical id; those written into template metadata are read from the template itself.
   */
  readonly acknowledgements?: PerResource<readonly ExternalAcknowledgement[]>;
  /** Values for the template's parameters, for nested stacks whose parent passes them. */
  readonly parameterValues?: ReadonlyMap<string, Resolved>;
  /** The stack that contains this one as an `AWS::CloudFormation::Stack` resource, and that resource's logical id. */
  readonly parent?: { readonly stack: StackModel; readonly logicalId: string };
}

/**
 * Something known per resource, asked by logical id and, when the template names it, by construct
 * path (a `Map` by logical id will do). Asked lazily, so a source can compute only what is asked.
 */
export interface PerResource<T> {
  get(logicalId: string, constructPath?: string): T | undefined;
}

/** An acknowledgement as the CDK adapter hands it over (same shape as the engine's). */
export interface ExternalAcknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly key?: string;
  readonly origin?: string;
}

/** One CloudFormation stack: its template, environment, resolver and reference index. */
export class StackModel {
  readonly id: string;
  readonly name: string;
  readonly templatePath: string;
  readonly deployName?: string;
  readonly environment: StackEnvironment;
  readonly template: RawTemplate;
  readonly resolver: IntrinsicResolver;
  readonly resources: readonly ResourceModel[];
  private readonly byLogicalId: Map<string, ResourceModel>;
  private readonly file: TemplateFile;
  private readonly origins?: PerResource<ResourceOrigin>;
  private readonly acknowledgements?: PerResource<readonly ExternalAcknowledgement[]>;
  private cachedIndex?: ReferenceIndex;
  private readonly loadedNested = new Set<string>();
  private importResolver?: (exportName: string) => Resolved | undefined;
  readonly parent?: { readonly stack: StackModel; readonly logicalId: string };

  constructor(props: StackModelProps) {
    this.id = props.id;
    this.name = props.name;
    this.deployName = props.deployName;
    this.file = props.file;
    this.templatePath = props.file.path;
    this.template = props.file.template;
    this.environment = props.environment;
    this.origins = props.origins;
    this.acknowledgements = props.acknowledgements;
    this.parent = props.parent;
    this.resolver = new IntrinsicResolver(this.template, {
      environment: props.environment,
      // Linked after every stack of the app is loaded (see linkExports), so read it at call time.
      resolveImport: (exportName) => this.importResolver?.(exportName),
      parameterValues: props.parameterValues,
    });
    this.byLogicalId = new Map();
    for (const logicalId of Object.keys(this.template.Resources)) {
      this.byLogicalId.set(logicalId, new ResourceModel(this, logicalId, this.template.Resources[logicalId]));
    }
    this.resources = [...this.byLogicalId.values()];
  }

  /** Built on first use, once per template. */
  get index(): ReferenceIndex {
    this.cachedIndex ??= new ReferenceIndex(this.template);
    return this.cachedIndex;
  }

  resource(logicalId: string): ResourceModel | undefined {
    return this.byLogicalId.get(logicalId);
  }

  /** Resources of one type, from the index. */
  resourcesOfType(type: string): ResourceModel[] {
    return this.index.ofType(type).map((logicalId) => this.byLogicalId.get(logicalId) as ResourceModel);
  }

  /**
   * What the tool cannot see before CloudFormation (or a packaging tool) expands the template:
   * loops, modules, SAM resources, resources a custom macro may rewrite. Reported as needs-review.
   */
  get unexpanded(): readonly UnexpandedResource[] {
    const entries = [...this.file.unexpanded];
    const transforms = this.transforms;
    if (transforms.includes(SAM_TRANSFORM)) {
      for (const resource of this.resources) {
        if (resource.type.startsWith('AWS::Serverless::')) {
          entries.push({ logicalId: resource.logicalId, reason: `${resource.type} is expanded by the SAM transform at deploy time` });
        }
      }
    }
    for (const nested of this.resourcesOfType('AWS::CloudFormation::Stack')) {
      if (!this.loadedNested.has(nested.logicalId)) {
        entries.push({ logicalId: nested.logicalId, reason: 'a nested stack whose template is not part of the input' });
      }
    }
    for (const transform of transforms) {
      if (!KNOWN_TRANSFORMS.has(transform)) {
        entries.push({ logicalId: this.name, reason: `the template runs macro ${transform}, which may add or change resources at deploy time` });
      }
    }
    return entries;
  }

  /** The macros the template asks CloudFormation to run before deploying (SAM, language extensions, ...). */
  get transforms(): string[] {
    const transform = this.template.Transform;
    if (typeof transform === 'string') return [transform];
    if (Array.isArray(transform)) return transform.filter((item): item is string => typeof item === 'string');
    return [];
  }

  /** Records that the child template of a nested stack resource was loaded and is checked as its own stack. */
  markNestedLoaded(logicalId: string): void {
    this.loadedNested.add(logicalId);
  }

  /** Lets `Fn::ImportValue` resolve exports of the other stacks of the same app. */
  linkImports(resolve: (exportName: string) => Resolved | undefined): void {
    this.importResolver = resolve;
  }

  externalAcknowledgements(logicalId: string): readonly ExternalAcknowledgement[] {
    return this.acknowledgements?.get(logicalId, this.pathMetadataOf(logicalId)) ?? [];
  }

  originOf(logicalId: string): ResourceOrigin | undefined {
    return this.origins?.get(logicalId, this.pathMetadataOf(logicalId));
  }

  private pathMetadataOf(logicalId: string): string | undefined {
    return this.byLogicalId.get(logicalId)?.pathMetadata;
  }

  lineOf(logicalId: string): number | undefined {
    return this.file.lineOf(logicalId);
  }
}

/** Everything that was loaded for one run: the stacks of an app, or of one or more templates. */
export interface AppModel {
  readonly stacks: readonly StackModel[];
}
