// The lines under a directive's marker, split as docutils splits them: the rest of the argument
// (for a directive that takes one), the field list of options, then the content. Each option is
// checked against the directive's option spec (directive-registry.ts): an option the directive
// does not take, or a value that does not fit its kind, is reported at its line and left out, so
// the readers only ever see options they understand.
import { checkDirectiveOption, contentOnFirstLine, type DirectiveSpec } from "./directive-registry.ts";
import { dedent, isBlank, minIndent, trimBlank } from "./line-source.ts";
import { type ParseContext, reportAt } from "./parse-context.ts";
import type { RstLine } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";

const OPTION = /^:([\w-]+):(?:\s+(.*))?$/;

export interface DirectiveParts {
  /** Lines that continue the argument of the marker line. */
  argumentMore: string[];
  /** The options that the directive takes, with values that fit. */
  options: Record<string, string>;
  content: RstLine[];
}

export function splitDirectiveBody(
  name: string,
  body: readonly RstLine[],
  spec: DirectiveSpec,
  ctx: ParseContext,
): DirectiveParts {
  const written: { key: string; value: string; line: RstLine }[] = [];
  const argumentMore: string[] = [];
  let i = 0;
  if (!contentOnFirstLine(spec)) {
    while (i < body.length && !isBlank(body[i]) && !OPTION.test(body[i]?.text ?? ""))
      argumentMore.push(body[i++]?.text.trim() ?? "");
  }
  while (i < body.length) {
    const line = body[i];
    if (!line || isBlank(line)) break;
    const m = OPTION.exec(line.text);
    const last = written[written.length - 1];
    if (m?.[1]) written.push({ key: m[1], value: (m[2] ?? "").trim(), line });
    else if (last !== undefined && /^\s/.test(line.text)) last.value = `${last.value} ${line.text.trim()}`.trim();
    else break;
    i++;
  }
  const options: Record<string, string> = {};
  for (const { key, value, line } of written) {
    const problem = checkDirectiveOption(spec, key, value);
    if (problem?.kind === "unknown") {
      const message = `the "${name}" directive has no option "${key}"; it is left out`;
      reportAt(ctx, rstRules["rst/unknown-directive-option"], message, line);
    } else if (problem?.kind === "invalid") {
      const shown = value === "" ? "nothing" : `"${value}"`;
      const message = `option "${key}" of the "${name}" directive takes ${problem.expected}, not ${shown}; it is left out`;
      reportAt(ctx, rstRules["rst/invalid-directive-option"], message, line);
    } else options[key] = value;
  }
  const content = trimBlank(body.slice(i));
  return { argumentMore, options, content: dedent(content, minIndent(content)) };
}
