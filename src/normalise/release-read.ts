// The shapes the normalise passes work on, declared once: what reading a release's files gives
// (`SourcesRead`, the input and output of every pass) and a release as the catalog describes it
// with its drafts (`ReleaseRead`, what the merge takes). The pipeline makes the first by running
// the readers; the passes complete it; the release record turns it into the second.
import type { Release, ReleaseSource, SourceFormat } from "../model/release-schema.ts";
import type { ReadResult, SourceText } from "../readers/reader.ts";

/** One source file as it was read: its text, the format its reader took it for, its fingerprint. */
export interface FileRead extends SourceText {
  format: SourceFormat;
  /** The format was detected from the text, not stated in the manifest. */
  formatDetected: boolean;
  sha256: string;
  bytes: number;
}

/** What reading a release's files gives, before the manifest's description of the release is added. */
export interface SourcesRead {
  /** The files in the order their readers ran (grouped by format, manifest order within a group). */
  files: readonly FileRead[];
  /** Every file `.. include::` may name, by path (the sources and a git ref's folder): examples are placed in it. */
  library: ReadonlyMap<string, string>;
  /** The drafts of every reader, as one result. */
  result: ReadResult;
  /** Each file's record in the catalog, with its coverage (filled by the coverage pass). */
  sources: ReleaseSource[];
}

/** A release as the catalog describes it, with the drafts read from its files. */
export interface ReleaseRead {
  release: Release;
  result: ReadResult;
}
