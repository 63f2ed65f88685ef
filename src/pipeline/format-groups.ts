// The first step of reading a release: its files grouped by the format they are read as (stated in
// the manifest, or detected from the text), since one reader reads all the files of its format
// together (an RST file's `.. include::` or a PDF's chapters span files). A file whose format is
// neither stated nor detected is reported and left out.
import type { DiagnosticSink } from "../diagnostics/diagnostic-sink.ts";
import { positionAt } from "../model/position.ts";
import type { SourceFormat } from "../model/release-schema.ts";
import { detectFormat } from "../readers/detect-format.ts";
import type { LoadedFile, LoadedSource } from "../io/load-sources.ts";
import { pipelineRules } from "./rules.ts";

export interface FormatGroup {
  format: SourceFormat;
  detected: boolean;
  /** In manifest order. */
  files: LoadedFile[];
}

/** Groups in the order their first file comes in the manifest; stated and detected formats apart. */
export function groupByFormat(sources: readonly LoadedSource[], sink: DiagnosticSink): FormatGroup[] {
  const groups: FormatGroup[] = [];
  for (const source of sources) {
    for (const file of source.files) {
      let format = source.manifest.format;
      let detected = false;
      if (!format) {
        const guess = detectFormat(file.text, file.path);
        if (!guess) {
          sink.report(
            pipelineRules["source/format-undetected"],
            "no format stated in the manifest and none detected; the file is left out",
            positionAt(file.path, 1, 1),
          );
          continue;
        }
        format = guess.format;
        detected = true;
        sink.report(
          pipelineRules["source/format-detected"],
          `format detected as "${format}": ${guess.reason}`,
          positionAt(file.path, 1, 1),
        );
      }
      const group = groups.find((g) => g.format === format && g.detected === detected);
      if (group) group.files.push(file);
      else groups.push({ format, detected, files: [file] });
    }
  }
  return groups;
}
