/** Shorthands for the encryption-at-rest rule tables. */
import type { RuleCase } from '../../support/rule-tester';

/** One resource named `R` of `type` with `properties`. */
export function one(type: string, properties: object): Record<string, object> {
  return { R: { Type: type, Properties: properties } };
}

/** A case whose property is a parameter without a default, which must need review. */
export function unresolvable(type: string, properties: (unknown: object) => object, name = 'parameter without a default'): RuleCase {
  return { name, parameters: { Unknown: { Type: 'String' } }, resources: one(type, properties({ Ref: 'Unknown' })), expect: 'needs-review' };
}

/** The same with `Fn::ImportValue` from a stack the tool does not see. */
export function imported(type: string, properties: (unknown: object) => object): RuleCase {
  return { name: 'value imported from another stack', resources: one(type, properties({ 'Fn::ImportValue': 'SharedValue' })), expect: 'needs-review' };
}

/** An undecided `Fn::If` between two values. */
export function conditional(type: string, properties: (value: object) => object, whenTrue: unknown, whenFalse: unknown, expect: RuleCase['expect'], name = 'Fn::If on an undecided condition'): RuleCase {
  return {
    name,
    parameters: { Env: { Type: 'String' } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: one(type, properties({ 'Fn::If': ['IsProd', whenTrue, whenFalse] })),
    expect,
  };
}
