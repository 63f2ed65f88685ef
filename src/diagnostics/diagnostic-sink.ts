// Collects the diagnostics of one source file. Readers report problems in the input here and keep
// going; only bugs in our own code throw.
import type { Diagnostic, Severity } from "../model/diagnostic-schema.ts";
import type { Rule } from "./rule.ts";

export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface DiagnosticSink {
  readonly file: string;
  report(rule: Rule, message: string, place: Place, severity?: Severity): void;
  /** A sink for another file of the same release (an included file) that shares this sink's list. */
  forFile(file: string): DiagnosticSink;
  readonly diagnostics: readonly Diagnostic[];
}

export function createDiagnosticSink(file: string, into: Diagnostic[] = []): DiagnosticSink {
  return {
    file,
    diagnostics: into,
    report(rule, message, place, severity) {
      const diagnostic: Diagnostic = {
        file,
        line: Math.max(1, Math.trunc(place.line)),
        column: Math.max(1, Math.trunc(place.column)),
        severity: severity ?? rule.severity,
        rule: rule.id,
        message,
      };
      if (place.endLine !== undefined) diagnostic.endLine = Math.max(1, Math.trunc(place.endLine));
      if (place.endColumn !== undefined) diagnostic.endColumn = Math.max(1, Math.trunc(place.endColumn));
      into.push(diagnostic);
    },
    forFile(other) {
      return createDiagnosticSink(other, into);
    },
  };
}

/**
 * A diagnostic placed at the start of what it concerns (a snapshot's or a field's provenance), for
 * the stages after reading, which report about releases rather than while walking one file.
 */
export function diagnosticAt(
  rule: Rule,
  message: string,
  at: { file: string; line: number; column?: number | undefined } | undefined,
  release: string,
): Diagnostic {
  return {
    release,
    file: at?.file ?? "",
    line: at?.line ?? 1,
    column: at?.column ?? 1,
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
