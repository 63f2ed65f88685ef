// The reader of format "rst-collapsed": RST whose line breaks were all collapsed into spaces (the
// 2023 docs.openedx.org Student Events page). Line-break heuristics stay in this folder; the RST
// itself is read by the ordinary RST reader.
import type { Reader } from "../reader.ts";
import { readRst } from "../rst/rst-reader.ts";
import { createCollapsedRstReader } from "./collapsed-reader-factory.ts";

export const collapsedRstReader: Reader = createCollapsedRstReader(readRst);
