import { InputError } from '../model/errors';

/** How a flag is read: a boolean switch, or a flag that takes one value. */
export interface FlagSpec {
  readonly takesValue: boolean;
  /** May be given more than once; values are kept in order. */
  readonly repeatable?: boolean;
}

export interface ParsedArgs {
  readonly positionals: string[];
  /** Every flag occurrence in command-line order, so `--format A --output X --format B` keeps its pairing. */
  readonly occurrences: { readonly flag: string; readonly value?: string }[];
  readonly flags: Map<string, string[]>;
}

/**
 * A strict parser: unknown flags, missing values and repeated single-use flags are usage errors
 * (exit 2), never silently ignored. Accepts `--flag value` and `--flag=value`; `--` ends flags.
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const occurrences: { flag: string; value?: string }[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const spec = specs[name];
    if (!spec) throw usage(`unknown option ${name}`);
    let value: string | undefined;
    if (spec.takesValue) {
      if (equals > 0) value = arg.slice(equals + 1);
      else {
        value = argv[i + 1];
        if (value === undefined || (value.startsWith('--') && value.length > 2)) throw usage(`option ${name} needs a value`);
        i++;
      }
      if (value === '') throw usage(`option ${name} needs a value`);
    } else if (equals > 0) {
      throw usage(`option ${name} takes no value`);
    }
    const previous = flags.get(name);
    if (previous && !spec.repeatable) throw usage(`option ${name} is given more than once`);
    flags.set(name, [...(previous ?? []), value ?? 'true']);
    occurrences.push({ flag: name, value });
  }
  return { positionals, occurrences, flags };
}

export function usage(message: string): InputError {
  return new InputError(message, undefined, 'usage');
}

/** Reads a flag that must be one of a closed set of values. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw usage(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as T;
}
