// The one place that maps a source format to its reader.
import type { SourceFormat } from "../model/release-schema.ts";
import type { Reader } from "../readers/reader.ts";
import { pdfTextReader } from "../readers/pdf-text/pdf-text-reader.ts";
import { collapsedRstReader } from "../readers/rst-collapsed/collapsed-rst-reader.ts";
import { inventoryReader } from "../readers/rst-inventory/inventory-reader.ts";
import { rstReader } from "../readers/rst/rst-reader.ts";
import { wikiTextReader } from "../readers/wiki-text/wiki-text-reader.ts";

export const readers: Readonly<Record<SourceFormat, Reader>> = {
  rst: rstReader,
  "rst-inventory": inventoryReader,
  "rst-collapsed": collapsedRstReader,
  "pdf-text": pdfTextReader,
  "wiki-text": wikiTextReader,
};
