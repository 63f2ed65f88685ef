// Collects diagnostics: readers report problems in the input here and keep going; only bugs in our
// own code throw. A sink collects whatever its caller gives it (the diagnostics of a release, of a
// test); each diagnostic takes its file from the position it is reported at, so one sink serves
// every file of a reading, an included file as well as the file that includes it.
import type { Diagnostic, Severity } from "../model/diagnostic-schema.ts";
import type { SourcePosition } from "../model/position.ts";
import type { Rule } from "./rule.ts";

export interface DiagnosticSink {
  report(rule: Rule, message: string, position: SourcePosition, severity?: Severity): void;
  readonly diagnostics: readonly Diagnostic[];
}

/** Moves a position before it is reported (text cut out of a paragraph, collapsed RST's original lines). */
export type PositionMapper = (position: SourcePosition) => SourcePosition;

export function createDiagnosticSink(into: Diagnostic[] = []): DiagnosticSink {
  return {
    diagnostics: into,
    report(rule, message, position, severity) {
      const diagnostic: Diagnostic = {
        file: position.file,
        line: Math.max(1, Math.trunc(position.start.line)),
        column: Math.max(1, Math.trunc(position.start.column)),
        severity: severity ?? rule.severity,
        rule: rule.id,
        message,
      };
      const end = position.end;
      if (end) {
        diagnostic.endLine = Math.max(1, Math.trunc(end.line));
        if (end.column !== undefined) diagnostic.endColumn = Math.max(1, Math.trunc(end.column));
      }
      into.push(diagnostic);
    },
  };
}

/** A sink that reports into `sink` at the positions `map` gives. */
export function mapPositions(sink: DiagnosticSink, map: PositionMapper): DiagnosticSink {
  return {
    get diagnostics() {
      return sink.diagnostics;
    },
    report(rule, message, position, severity) {
      sink.report(rule, message, map(position), severity);
    },
  };
}

/**
 * A diagnostic placed at the start of what it concerns (a snapshot's or a field's provenance), for
 * the stages after reading, which report about releases rather than while walking one file.
 */
export function diagnosticAt(rule: Rule, message: string, at: SourcePosition | undefined, release: string): Diagnostic {
  return {
    release,
    file: at?.file ?? "",
    line: at?.start.line ?? 1,
    column: at?.start.column ?? 1,
    severity: rule.severity,
    rule: rule.id,
    message,
  };
}

/** `file:line:column severity rule-id message`, the form the CLI prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
}

/** Stable order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.release ?? "").localeCompare(b.release ?? "") ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
