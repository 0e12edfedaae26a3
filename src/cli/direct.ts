/**
 * A command's arguments read without yargs, when they are plain: known options with plain values and
 * plain positionals, each read as yargs reads it. Anything else (help, an unknown or repeated option,
 * a value that looks like an option, `--`) returns undefined and goes to yargs, which
 * parses it and words its errors. Loading yargs and building its help costs more than a small check.
 */

/** An option as yargs is told of it (the same objects are given to yargs). */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly array?: boolean;
  readonly alias?: string;
}

/** A value yargs gives as it is typed (these options and positionals are text): not "", not 'quoted' (yargs may strip those quotes). */
function plain(value: string): boolean {
  return value !== "" && !((value[0] === "'" || value[0] === '"') && value[value.length - 1] === value[0]);
}

/**
 * `check locales -f json --targets uk,ru --no-color`: the positionals under `positional` and each
 * option under its own name, as yargs would give them to the command; undefined when not plain.
 */
export function readArgs(tokens: readonly string[], positional: string, options: Readonly<Record<string, OptionSpec>>): Record<string, unknown> | undefined {
  const named = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) {
    named.set(`--${name}`, name);
    if (spec.alias !== undefined) named.set(`-${spec.alias}`, name);
  }
  const args: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith("-")) {
      if (!plain(token)) return undefined;
      positionals.push(token);
      continue;
    }
    const equals = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = equals > 2 ? token.slice(0, equals) : token;
    const attached = equals > 2 ? token.slice(equals + 1) : undefined;
    let name = named.get(flag);
    let negated = false;
    if (name === undefined && flag.startsWith("--no-") && attached === undefined) {
      name = named.get(`--${flag.slice(5)}`);
      negated = true;
      if (name !== undefined && options[name].type !== "boolean") return undefined;
    }
    if (name === undefined) return undefined;
    const spec = options[name];
    // yargs turns a repeated option that is no array into an array of its values.
    if (!spec.array && Object.hasOwn(args, name)) return undefined;
    if (spec.type === "boolean") {
      // yargs reads `--quiet=false` and `--quiet false` as values of the flag.
      if (attached !== undefined || /^(true|false)$/i.test(tokens[i + 1] ?? "")) return undefined;
      args[name] = !negated;
      continue;
    }
    const values = attached !== undefined ? [attached] : [];
    // An array option takes every value up to the next option, as yargs's greedy arrays do.
    while (i + 1 < tokens.length && !tokens[i + 1].startsWith("-") && (spec.array || values.length === 0)) values.push(tokens[++i]);
    if (values.length === 0 || !values.every(plain)) return undefined;
    args[name] = spec.array ? [...((args[name] as string[] | undefined) ?? []), ...values] : values[0];
  }
  return { ...args, [positional]: positionals };
}
