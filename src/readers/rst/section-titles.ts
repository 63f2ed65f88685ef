// Section titles, as docutils reads them: a text line under an adornment line (optionally with
// the same adornment above), any punctuation character. Levels are not fixed per character: the
// first style met is level 1, the next new one level 2, and so on, per document.
import { spanAt } from "../../model/position.ts";
import { rstRules } from "./rules.ts";
import { type ParseContext, reportAt, type Transition } from "./parse-context.ts";
import { checkRoles } from "./inline-roles.ts";
import { indentOf, isBlank } from "./line-source.ts";
import type { RstLine, SectionNode } from "./rst-tree.ts";

const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;

export function adornmentChar(line: RstLine | undefined): string | undefined {
  if (!line) return undefined;
  return ADORNMENT.exec(line.text)?.[1];
}

function levelFor(ctx: ParseContext, style: string, at: RstLine): number {
  let index = ctx.titleStyles.indexOf(style);
  if (index < 0) {
    ctx.titleStyles.push(style);
    index = ctx.titleStyles.length - 1;
    if (index + 1 > ctx.currentLevel + 1) {
      const message = `title style "${style}" first appears at level ${index + 1}, below level ${ctx.currentLevel}`;
      reportAt(ctx, rstRules["rst/title-level-skipped"], message, at);
    }
  }
  ctx.currentLevel = index + 1;
  return index + 1;
}

function section(title: RstLine, style: string, ctx: ParseContext, first: RstLine, last: RstLine): SectionNode {
  checkRoles([title], ctx);
  const text = title.text.trim();
  const column = title.start.column + indentOf(title);
  return {
    type: "section",
    title: text,
    level: levelFor(ctx, style, title),
    style,
    labels: [],
    titlePosition: spanAt(title.file, title.start.line, column, title.start.line),
    position: spanAt(first.file, first.start.line, first.start.column, last.start.line),
    children: [],
  };
}

function checkLength(ctx: ParseContext, title: RstLine, adornment: RstLine): void {
  if (adornment.text.trimEnd().length < title.text.trim().length) {
    reportAt(
      ctx,
      rstRules["rst/title-underline-short"],
      `title adornment is shorter than "${title.text.trim()}"`,
      adornment,
    );
  }
}

/** Overline, title, underline of the same character. */
export const overlineTitle: Transition = {
  name: "overline-title",
  run(lines, start, ctx, nested) {
    const over = lines[start];
    const title = lines[start + 1];
    const under = lines[start + 2];
    const ch = adornmentChar(over);
    if (nested || !over || !title || !under || ch === undefined) return undefined;
    if (isBlank(title) || adornmentChar(title) !== undefined || adornmentChar(under) !== ch) return undefined;
    checkLength(ctx, title, over);
    return { nodes: [section(title, `${ch}/${ch}`, ctx, over, under)], next: start + 3 };
  },
};

/** Title text followed by an underline; an indented title text is accepted with a warning. */
export const underlineTitle: Transition = {
  name: "underline-title",
  run(lines, start, ctx, nested) {
    const title = lines[start];
    const under = lines[start + 1];
    const ch = adornmentChar(under);
    if (nested || !title || !under || ch === undefined || adornmentChar(title) !== undefined) return undefined;
    if (indentOf(under) > 0) return undefined;
    const text = title.text.trim();
    const underLength = under.text.trimEnd().length;
    if (underLength < text.length && underLength < 4) return undefined;
    if (indentOf(title) > 0) {
      reportAt(ctx, rstRules["rst/indented-title"], `indented section title "${text}"`, title);
    }
    checkLength(ctx, title, under);
    return { nodes: [section(title, ch, ctx, title, under)], next: start + 2 };
  },
};

/** A lone adornment line between blank lines: a transition, which carries no content. */
export const transitionLine: Transition = {
  name: "transition",
  run(lines, start) {
    const line = lines[start];
    if (adornmentChar(line) === undefined) return undefined;
    const next = lines[start + 1];
    if (next !== undefined && !isBlank(next)) return undefined;
    return { nodes: [], next: start + 1 };
  },
};
