// The explicit-markup state: lines starting with "..". Targets name the next section, comments
// are kept in the tree but are not content, substitution definitions and footnotes are ignored,
// and directives are dispatched through the registry. An `include` splices the included file's
// lines into the stream (each keeping its own file name), as docutils inserts included input.
import { spanAt } from "../../model/position.ts";
import { contentOnFirstLine, directiveRegistry } from "./directive-registry.ts";
import { splitDirectiveBody } from "./directive-options.ts";
import { includeLeavesRelease, resolveIncludePath } from "./include-path.ts";
import { checkRoles } from "./inline-roles.ts";
import {
  cutLine,
  dedent,
  indentedBlockEnd,
  isBlank,
  joinText,
  minIndent,
  toRstLines,
  trimBlank,
} from "./line-source.ts";
import { parseListTable } from "./list-table.ts";
import { dropMergeConflicts } from "./merge-conflicts.ts";
import { type BlockParser, type ParseContext, reportAt, skipBlock, type Transition } from "./parse-context.ts";
import { type BlockNode, type DirectiveNode, type RstLine, spanOf, type TableNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { parseCsvTable } from "./simple-table.ts";
import { commentLooksLikeEvent } from "./comment-check.ts";

const EXPLICIT = /^\.\.(?: |$)/;
const TARGET = /^\.\.\s+_(`?)([^`:]+)\1:\s*(.*)$/;
const ANONYMOUS_TARGET = /^__ /;
const DIRECTIVE = /^\.\.\s+([A-Za-z][\w-]*(?::[\w-]+)?)::(?:\s+(.*))?$/;

/** Lines of the block after the marker line: indented or blank, up to the first unindented line. */
function blockAfter(lines: readonly RstLine[], start: number, ctx: ParseContext): { body: RstLine[]; next: number } {
  const end = indentedBlockEnd(lines, start + 1, 1);
  const following = lines[end];
  const last = lines[end - 1];
  if (following && !isBlank(following) && last && !isBlank(last)) {
    reportAt(ctx, rstRules["rst/missing-blank-line"], "explicit markup ends without a blank line", following);
  }
  const raw = lines.slice(start + 1, end);
  return { body: dedent(raw, minIndent(raw)), next: end };
}

function firstTable(nodes: readonly BlockNode[]): TableNode | undefined {
  for (const n of nodes) if (n.type === "table") return n;
  return undefined;
}

function runDirective(
  lines: readonly RstLine[],
  start: number,
  name: string,
  firstArg: string,
  ctx: ParseContext,
  parse: BlockParser,
): { nodes: BlockNode[]; next: number; insert?: RstLine[] } {
  const marker = lines[start] as RstLine;
  const { body, next } = blockAfter(lines, start, ctx);
  const endLine = lines[next - 1]?.start.line ?? marker.start.line;
  const position = spanAt(marker.file, marker.start.line, marker.start.column, endLine);
  const spec = directiveRegistry.get(name);
  if (!spec) {
    skipBlock(ctx, rstRules["rst/unknown-directive"], `unknown directive "${name}"`, marker, endLine);
    const node: DirectiveNode = {
      type: "directive",
      name,
      argument: firstArg,
      options: {},
      content: joinText(body),
      children: [],
      known: false,
      position,
    };
    return { nodes: [node], next };
  }
  const { argumentMore, options, content } = splitDirectiveBody(name, body, spec, ctx);
  const argument = [firstArg, ...argumentMore].join(" ").trim();
  const node: DirectiveNode = {
    type: "directive",
    name,
    argument,
    options,
    content: joinText(content),
    children: [],
    known: true,
    position,
  };
  if (content.length > 0) node.contentPosition = spanOf(content);
  const inline = contentOnFirstLine(spec) && firstArg !== "";
  const csvElsewhere = spec.content === "csv-table" && (options["file"] !== undefined || options["url"] !== undefined);
  if (content.length === 0 && !inline && !csvElsewhere && spec.needsContent) {
    reportAt(ctx, rstRules["rst/empty-directive"], `the "${name}" directive has no content`, marker);
  }
  if (spec.content === "include") return include(marker, argument, node, next, ctx);
  if (spec.content === "blocks") {
    const textLines =
      contentOnFirstLine(spec) && firstArg !== ""
        ? [cutLine(marker, marker.text.indexOf(firstArg), firstArg), ...body]
        : content;
    node.children = parse(dedent(trimBlank(textLines), 0), ctx, true);
  } else if (spec.content === "list-table") {
    checkRoles(content, ctx);
    const table = parseListTable(content, Number.parseInt(options["header-rows"] ?? "0", 10) || 0, ctx);
    if (table) node.table = table;
  } else if (spec.content === "csv-table") {
    checkRoles(content, ctx);
    node.table = parseCsvTable(content, options["header"], marker, ctx);
  } else if (spec.content === "table") {
    node.children = parse(content, ctx, true);
    const table = firstTable(node.children);
    if (table) node.table = table;
  }
  return { nodes: [node], next };
}

function include(marker: RstLine, target: string, node: DirectiveNode, next: number, ctx: ParseContext) {
  const resolved = resolveIncludePath(marker.file, target, ctx.library);
  const text = resolved === undefined ? undefined : ctx.library.get(resolved);
  if (resolved === undefined || text === undefined) {
    if (includeLeavesRelease(marker.file, target, ctx.library)) {
      reportAt(
        ctx,
        rstRules["rst/include-outside-release"],
        `included file "${target}" lies outside the folder of the release's files; it is not read`,
        marker,
      );
    } else {
      reportAt(
        ctx,
        rstRules["rst/include-not-found"],
        `included file "${target}" is not among the release's files`,
        marker,
      );
    }
    return { nodes: [node], next };
  }
  const chain = [...marker.includeChain, marker.file];
  if (chain.includes(resolved)) {
    reportAt(
      ctx,
      rstRules["rst/include-cycle"],
      `"${resolved}" is already being included (${chain.join(" → ")})`,
      marker,
    );
    return { nodes: [node], next };
  }
  const blank: RstLine = { ...marker, text: "" };
  return {
    nodes: [node],
    next,
    insert: [blank, ...dropMergeConflicts(toRstLines(resolved, text, chain), ctx), blank],
  };
}

export const explicitMarkup: Transition = {
  name: "explicit-markup",
  run(lines, start, ctx, _nested, parse) {
    const line = lines[start];
    if (!line || !EXPLICIT.test(line.text)) return undefined;
    const target = TARGET.exec(line.text);
    if (target?.[2] !== undefined && (target[3] ?? "") === "") {
      // A target takes only the indented lines right under it; an indented block after a blank
      // line is not part of it (an indented section title may follow).
      let next = start + 1;
      while (next < lines.length && !isBlank(lines[next]) && /^\s/.test(lines[next]?.text ?? "")) next++;
      return { nodes: [{ type: "target", label: target[2].trim(), position: spanOf([line]) }], next };
    }
    const directive = DIRECTIVE.exec(line.text);
    if (directive?.[1])
      return runDirective(lines, start, directive[1].toLowerCase(), (directive[2] ?? "").trim(), ctx, parse);
    // Substitution definitions, footnotes, citations, hyperlink targets with a URL and comments:
    // none of them is event documentation. Comments stay in the tree so that extraction can see
    // them; reviewer notes ("reviewers, …", "**Question:** …") are comments like any other.
    const { body, next } = blockAfter(lines, start, ctx);
    if (target || ANONYMOUS_TARGET.test(line.text.slice(3)) || /^\.\.\s+[|[]/.test(line.text))
      return { nodes: [], next };
    const first = line.text.replace(/^\.\.\s?/, "");
    const text = [first, ...body.map((l) => l.text)].join("\n").trim();
    const lastLine = lines[next - 1] ?? line;
    const position = spanAt(line.file, line.start.line, line.start.column, lastLine.start.line);
    const reason = commentLooksLikeEvent(text);
    if (reason !== undefined) {
      skipBlock(
        ctx,
        rstRules["rst/event-in-comment"],
        `comment holds event documentation (${reason}); not read as content`,
        line,
        lastLine.start.line,
      );
    }
    return { nodes: [{ type: "comment", text, position }], next };
  },
};
