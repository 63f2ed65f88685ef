// A small, strict argument parser: known flags only, so a typo is a usage error, not a silent default.
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export interface FlagSpec {
  /** Flags that take a value (`--out FILE` or `--out=FILE`). */
  withValue: readonly string[];
  /** Flags that stand alone (`--strict`). */
  boolean: readonly string[];
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (spec.boolean.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (spec.withValue.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, options };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options.get(name);
  return typeof value === "string" ? value : undefined;
}
