// Example sections that stand beside the events they illustrate ("Example ``x`` Event" at the
// same title level as ``x``, as the 2023 and upstream pages write them) are moved under the event
// they name, so that extraction folds them into that event like any example subsection. An
// example that names no documented event goes under the section just before it; the first
// subsection of a section stays in it; one that opens the document is skipped with a diagnostic.
import { isEventName } from "../../extract/event-names.ts";
import type { ExtractContext } from "./extract-events.ts";
import type { BlockNode, SectionNode } from "./rst-tree.ts";
import { skipSpan } from "./parse-context.ts";
import { rstRules } from "./rules.ts";
import { isExampleTitle, titleNames } from "./section-kinds.ts";

/** Event names written as literals in an example title ("Example ``edx.x.y`` Events"). */
export function exampleTitleNames(title: string): string[] {
  return [...title.matchAll(/``([^`]+)``/g)].map((m) => m[1] ?? "").filter(isEventName);
}

function sectionsOf(blocks: readonly BlockNode[]): SectionNode[] {
  return blocks.filter((b): b is SectionNode => b.type === "section");
}

/** Sections in document order, each before its descendants. */
function flatten(sections: readonly SectionNode[], into: SectionNode[]): SectionNode[] {
  for (const s of sections) {
    into.push(s);
    flatten(sectionsOf(s.children), into);
  }
  return into;
}

function targetFor(example: SectionNode, before: readonly SectionNode[]): SectionNode | undefined {
  const names = exampleTitleNames(example.title);
  const earlier = flatten(before, []);
  for (let i = earlier.length - 1; i >= 0 && names.length > 0; i--) {
    const candidate = earlier[i];
    if (
      candidate &&
      !isExampleTitle(candidate.title) &&
      titleNames(candidate.title).names.some((n) => names.includes(n))
    )
      return candidate;
  }
  return before[before.length - 1];
}

function extend(target: SectionNode, example: SectionNode): void {
  target.children.push(example);
  if (example.position.file === target.position.file) {
    target.position.end = { line: Math.max(target.position.end.line, example.position.end.line) };
  }
}

/**
 * Moves sibling example sections under their events, at every level of the tree (in place). An
 * example with no section before it stays where it is: it belongs to the enclosing section.
 */
export function attachExampleSections(blocks: BlockNode[], ctx: ExtractContext, enclosed = false): void {
  const before: SectionNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.type !== "section") continue;
    if (!isExampleTitle(block.title)) {
      attachExampleSections(block.children, ctx, true);
      before.push(block);
      continue;
    }
    const target = targetFor(block, before);
    if (!target && enclosed) continue;
    // Sections nested in an example by their title style are not part of it: they take its place.
    const lifted = block.children.filter((c): c is SectionNode => c.type === "section" && !isExampleTitle(c.title));
    block.children = block.children.filter((c) => !lifted.includes(c as SectionNode));
    const firstLifted = lifted.find((c) => c.position.file === block.position.file);
    if (firstLifted)
      block.position.end = { line: Math.max(block.position.start.line, firstLifted.position.start.line - 1) };
    blocks.splice(i, 1, ...lifted);
    i--;
    if (target) {
      extend(target, block);
      continue;
    }
    const p = block.position;
    const reason = `example section "${block.title}" follows no event section; not read`;
    skipSpan(ctx, rstRules["rst/example-without-event"], reason, p, block.titlePosition);
  }
}
