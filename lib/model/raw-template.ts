/** CloudFormation template shapes as they come from JSON or YAML, before any resolution. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface RawResource {
  readonly Type: string;
  readonly Properties?: JsonObject;
  readonly Metadata?: JsonObject;
  readonly Condition?: string;
  readonly DeletionPolicy?: Json;
  readonly UpdateReplacePolicy?: Json;
  readonly DependsOn?: Json;
}

export interface RawParameter {
  readonly Type?: string;
  readonly Default?: Json;
  readonly NoEcho?: Json;
  readonly AllowedValues?: Json[];
}

export interface RawTemplate {
  readonly AWSTemplateFormatVersion?: string;
  readonly Description?: string;
  readonly Transform?: Json;
  readonly Parameters?: { readonly [name: string]: RawParameter };
  readonly Mappings?: JsonObject;
  readonly Conditions?: JsonObject;
  readonly Resources: { readonly [logicalId: string]: RawResource };
  readonly Outputs?: JsonObject;
  readonly Metadata?: JsonObject;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
