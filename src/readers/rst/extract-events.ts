// Walks a document tree and builds event drafts. Parts set the audience, categories set the
// category and pass their event source, component and history down to the events below them. A
// section whose title names events is an event (one draft per name, sharing the content); a
// section whose bullet lists name the events ("``seq_goto`` is emitted when …", or a list of bare
// names under "… Event Types") yields one draft per named event sharing its labelled paragraphs
// and tables. Example headings and other subsections fold into the section above.
import { textToRichText } from "../../extract/rich-text.ts";
import type { Audience } from "../../model/event-schema.ts";
import { isPatternName } from "../../model/name-patterns.ts";
import { linesOf, type SourceSpan } from "../../model/position.ts";
import type { EventDraft, PatternMention } from "../reader.ts";
import { type ContentContext, ContentReader, emptyContent, type SectionContent } from "./section-content.ts";
import {
  audienceOfTitle,
  isCommonFieldsTitle,
  isExampleTitle,
  isGroupTitle,
  plainTitle,
  titleNames,
} from "./section-kinds.ts";
import type { BlockNode, SectionNode } from "./rst-tree.ts";
import { rstRules } from "./rules.ts";
import { exampleTitleNames } from "./attach-examples.ts";
import { toStatements } from "./shared-fields.ts";

export interface ExtractContext extends ContentContext {
  events: EventDraft[];
  used: SourceSpan[];
  /**
   * Events named by a bullet list of a section that also has event subsections: those that no
   * event section of the release documents are added once every document is walked.
   */
  listed: ListedEvents[];
  /** Labels of the release's sections (lower case) and their titles, for :ref: names in sharing sentences. */
  labels: ReadonlyMap<string, string>;
  /** Pattern names of titles over a list of names ("``*_instructor`` Event Types"). */
  patternNames?: PatternMention[];
}

export interface ListedEvents {
  drafts: EventDraft[];
  content: SectionContent;
  title: SourceSpan;
  /** What names them: a bullet list beside event subsections, or a row of an inventory table. */
  from: "list" | "table";
}

interface Scope {
  audience: Audience;
  category: string;
  /** Title of the nearest part ("Student Events"), the category of events no category encloses. */
  part: string;
  inherited: SectionContent;
}

/** Reads a section's own blocks and its non-event subsections (examples…) into one content. */
function readOwnContent(
  section: SectionNode,
  ctx: ExtractContext,
  exampleTitle?: string,
): { content: SectionContent; eventChildren: SectionNode[] } {
  const content = emptyContent();
  const reader = new ContentReader(content, ctx);
  const eventChildren: SectionNode[] = [];
  const walk = (blocks: readonly BlockNode[], title: string | undefined): void => {
    const own: BlockNode[] = [];
    for (const block of blocks) {
      if (block.type !== "section") {
        own.push(block);
        continue;
      }
      reader.read(own.splice(0), title);
      if (isExampleTitle(block.title)) {
        content.used.push(linesOf(block.titlePosition));
        const before = content.examples.length;
        walk(block.children, block.title);
        const names = exampleTitleNames(block.title);
        if (names.length > 0)
          for (const example of content.examples.slice(before)) content.exampleNames.set(example, names);
      } else eventChildren.push(block);
    }
    reader.read(own, title);
  };
  walk(section.children, exampleTitle);
  return { content, eventChildren };
}

function draftOf(
  names: string[],
  scope: Scope,
  content: SectionContent,
  provenance: SourceSpan,
  extra: { variant?: string; deprecated: boolean; description?: string[] },
): EventDraft {
  const inherited = scope.inherited;
  const descriptionText = (extra.description ?? content.description).join("\n\n");
  const sources = content.sources ?? inherited.sources;
  const draft: EventDraft = {
    names,
    category: scope.category !== "" ? scope.category : scope.part,
    audience: scope.audience,
    sources: sources ? [...sources.sources] : [],
    description: textToRichText(descriptionText, "rst"),
    contextFields: content.contextFields,
    eventFields: content.eventFields,
    history: [...inherited.history, ...content.history],
    examples: content.examples,
    provenance: linesOf(provenance),
  };
  if (extra.variant !== undefined) {
    draft.variant = extra.variant;
    if (draft.sources.length === 0 && (extra.variant === "browser" || extra.variant === "server"))
      draft.sources = [extra.variant];
  }
  if (sources) draft.sourcesAsWritten = sources.asWritten;
  const component = content.component ?? inherited.component;
  if (component !== undefined) draft.component = component;
  if (extra.deprecated) draft.deprecated = true;
  return draft;
}

function inherit(parent: SectionContent, own: SectionContent): SectionContent {
  const out = emptyContent();
  const sources = own.sources ?? parent.sources;
  if (sources) out.sources = sources;
  const component = own.component ?? parent.component;
  if (component !== undefined) out.component = component;
  out.history = [...parent.history, ...own.history];
  return out;
}

function emit(ctx: ExtractContext, drafts: EventDraft[], content: SectionContent, title: SourceSpan): void {
  if (drafts.length === 0) return;
  ctx.events.push(...drafts);
  if (content.sharedFields.length > 0) {
    const statements = toStatements(content.sharedFields, ctx.labels);
    for (const draft of drafts) draft.sharedFields = statements;
  }
  ctx.used.push(linesOf(title), ...content.used);
}

function checkDescription(ctx: ExtractContext, content: SectionContent, at: SourceSpan, names: string[]): void {
  const text = content.description.join(" ").trim();
  if (text === "" || /\bwhen\s*\.$|%%/.test(text)) {
    ctx.sink.report(
      rstRules["rst/empty-event-description"],
      `${names.join(", ")}: ${text === "" ? "no description" : "unfinished description"}`,
      at,
    );
  }
}

/** The examples of a shared section that belong to `names`: those whose title names one of them, or names none of `all`. */
function examplesOf(
  content: SectionContent,
  names: readonly string[],
  all: readonly string[],
): SectionContent["examples"] {
  return content.examples.filter((example) => {
    const named = content.exampleNames.get(example);
    return named === undefined || named.some((n) => names.includes(n)) || !named.some((n) => all.includes(n));
  });
}

function eventSection(
  section: SectionNode,
  scope: Scope,
  ctx: ExtractContext,
  names: string[],
  variant: string | undefined,
  deprecated: boolean,
  slashPair = false,
): SectionNode[] {
  const { content, eventChildren } = readOwnContent(section, ctx);
  const all = [...names];
  for (const n of content.listedNames) if (!all.includes(n)) all.push(n);
  checkDescription(ctx, content, section.titlePosition, all);
  const extra = variant === undefined ? { deprecated } : { variant, deprecated };
  // The event's text ends where its first event subsection begins.
  const firstChild = eventChildren.find((c) => c.position.file === section.position.file);
  const endLine = firstChild
    ? Math.max(section.position.start.line, firstChild.position.start.line - 1)
    : section.position.end.line;
  // A slash pair is one event under two names: one draft holding both, as written.
  const groups = slashPair ? [names, ...all.slice(names.length).map((n) => [n])] : all.map((n) => [n]);
  const drafts = groups.map((group) =>
    draftOf(
      group,
      scope,
      { ...content, examples: examplesOf(content, group, all) },
      { ...section.position, end: { line: endLine } },
      extra,
    ),
  );
  emit(ctx, drafts, content, section.titlePosition);
  listInventory(ctx, scope, content);
  return eventChildren;
}

export function walkSections(blocks: readonly BlockNode[], scope: Scope, ctx: ExtractContext): void {
  for (const block of blocks) if (block.type === "section") walkSection(block, scope, ctx);
}

function walkSection(section: SectionNode, scope: Scope, ctx: ExtractContext): void {
  if (isCommonFieldsTitle(section.title)) return;
  const audience = audienceOfTitle(section.title);
  if (audience) {
    const part = plainTitle(section.title);
    walkCategory(section, { ...scope, audience, category: part, part }, ctx);
    return;
  }
  const title = titleNames(section.title);
  if (title.names.length > 0) {
    const children = eventSection(
      section,
      scope,
      ctx,
      title.names,
      title.variant,
      title.deprecated,
      title.slashPair === true,
    );
    walkSections(children, scope, ctx);
    return;
  }
  const category = isGroupTitle(section.title) ? scope.category : plainTitle(section.title);
  walkCategory(section, { ...scope, category }, ctx);
}

/** "``list_forum_*`` Event Types" over a list of names: the pattern stands for the names listed. */
function notePatternTitle(ctx: ExtractContext, section: SectionNode, drafts: readonly EventDraft[]): void {
  const text = section.title.replace(/\s+/g, " ").trim();
  for (const m of text.matchAll(/``([^`]+)``/g)) {
    const name = m[1] ?? "";
    if (!isPatternName(name) || drafts.length === 0) continue;
    const p = section.titlePosition;
    ctx.patternNames?.push({
      name,
      text,
      names: drafts.map((d) => d.names[0] ?? ""),
      provenance: linesOf(p),
    });
  }
}

/** A section that names no event: its bullet lists may name events, its subsections may be events. */
function walkCategory(section: SectionNode, scope: Scope, ctx: ExtractContext): void {
  const { content, eventChildren } = readOwnContent(section, ctx);
  const named = [
    ...content.listedNames.map((name) => ({ name, text: undefined as string | undefined })),
    ...content.emittedNames,
  ];
  const hasEventChildren = eventChildren.some((c) => titleNames(c.title).names.length > 0);
  const groupByList = content.listedNames.length > 0 && !hasEventChildren;
  const byEmitted = content.emittedNames.length > 0 && content.hasSharedContent;
  if (groupByList || byEmitted) {
    const candidates = groupByList ? named : named.filter((n) => n.text !== undefined);
    const intro = content.description.filter((d) => !d.startsWith("* "));
    const drafts: EventDraft[] = [];
    for (const { name, text } of candidates) {
      if (drafts.some((d) => d.names[0] === name)) continue;
      const description = text === undefined ? content.description : [...intro, text];
      drafts.push(
        draftOf([name], { ...scope, inherited: scope.inherited }, content, section.position, {
          deprecated: false,
          description,
        }),
      );
    }
    emit(ctx, drafts, content, section.titlePosition);
    notePatternTitle(ctx, section, drafts);
  } else if (hasEventChildren && content.listedNames.length > 0) {
    const drafts = content.listedNames.map((name) =>
      draftOf([name], scope, content, section.position, {
        deprecated: false,
        description: content.description.filter((d) => !d.startsWith("* ")),
      }),
    );
    ctx.listed.push({ drafts, content, title: section.titlePosition, from: "list" });
    if (content.inheritableUsed.length > 0) ctx.used.push(linesOf(section.titlePosition), ...content.inheritableUsed);
  } else if (eventChildren.length > 0 && content.inheritableUsed.length > 0) {
    // What the events below inherit reached the catalog through them.
    ctx.used.push(linesOf(section.titlePosition), ...content.inheritableUsed);
  }
  listInventory(ctx, scope, content);
  const childScope: Scope = { ...scope, inherited: inherit(scope.inherited, content) };
  walkSections(eventChildren, childScope, ctx);
}

/** The events an inventory table of the section names, for `addListedEvents`; they belong to the category the section is in. */
function listInventory(ctx: ExtractContext, scope: Scope, content: SectionContent): void {
  for (const group of content.inventory) {
    const own = { ...emptyContent(), eventFields: group.fields, used: [linesOf(group.position)] };
    const drafts = group.names.map((name) => draftOf([name], scope, own, group.position, { deprecated: false }));
    ctx.listed.push({ drafts, content: own, title: group.position, from: "table" });
  }
}

/**
 * The listed names that no event section of the release documents are events of the release with
 * the text of their section (Birch–Ginkgo's Instructor Events: "``dump-grades``", "``list-staff``"
 * … over "these events include only the common fields"); names documented elsewhere were a table
 * of contents.
 */
export function addListedEvents(ctx: ExtractContext): void {
  const documented = new Set(ctx.events.flatMap((e) => e.names));
  for (const { drafts, content, title, from } of ctx.listed) {
    const own = drafts.filter((d) => !d.names.some((n) => documented.has(n)));
    if (own.length === 0) continue;
    const names = own.map((d) => d.names[0]).join(", ");
    const what = from === "list" ? "a bullet list beside event subsections" : "a row of an inventory table";
    ctx.sink.report(
      rstRules["rst/listed-events"],
      `${what} names events no section documents (${names}); each is read as an event with ${from === "list" ? "the section's text" : "the row's fields"}`,
      title,
    );
    for (const d of own) documented.add(d.names[0] ?? "");
    emit(ctx, own, content, title);
  }
}

export function newScope(): Scope {
  return { audience: "general", category: "", part: "", inherited: emptyContent() };
}
