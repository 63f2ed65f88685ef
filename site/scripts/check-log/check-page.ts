// The "Check a log" page's script: the log comes pasted, dropped or picked; the catalog comes from
// the site's own catalog.json; the report is computed here, in the browser, by the same checker as
// `edx-event-catalog check`. Nothing is sent anywhere.
import { createLogChecker } from "../../../src/check/log-checker.ts";
import type { Catalog } from "../../../src/model/catalog-schema.ts";
import { expandCatalogJson } from "../../../src/publish/expand-catalog.ts";
import { readLogFile, readPastedText } from "./read-log-input.ts";
import { reportSummary, reportToDom, type ReportLinks } from "./report-dom.ts";

export interface CheckPageOptions {
  catalogUrl: string;
  links: ReportLinks;
}

/**
 * The in-memory catalog from the published catalog.json (snapshots of consecutive releases stated
 * once), expanded as every other reader of the file expands it. The file is the site's own, built
 * and validated with it, so it is not validated again here (that would bring the model's zod code
 * into the page).
 */
export function catalogFromPublished(json: unknown): Catalog {
  if (typeof json !== "object" || json === null || !Array.isArray((json as { events?: unknown }).events))
    throw new Error("catalog.json is not a catalog");
  return expandCatalogJson(json);
}

export function startCheckPage(root: HTMLElement, options: CheckPageOptions): void {
  const form = root.querySelector<HTMLFormElement>("form[data-check-form]");
  const text = root.querySelector<HTMLTextAreaElement>("textarea[name=log]");
  const input = root.querySelector<HTMLInputElement>("input[type=file]");
  const release = root.querySelector<HTMLSelectElement>("select[name=release]");
  const drop = root.querySelector<HTMLElement>("[data-check-drop]");
  const status = root.querySelector<HTMLElement>("[data-check-status]");
  const output = root.querySelector<HTMLElement>("[data-check-output]");
  if (!form || !text || !input || !release || !drop || !status || !output) return;
  form.hidden = false;
  let catalog: Promise<Catalog> | undefined;
  const loadCatalog = (): Promise<Catalog> =>
    (catalog ??= fetch(options.catalogUrl).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return catalogFromPublished(await r.json());
    }));
  let dropped: File[] = [];

  const run = async (files: File[]): Promise<void> => {
    output.replaceChildren();
    if (files.length === 0 && text.value.trim() === "") {
      status.textContent = "Paste a few lines of a tracking log, or choose or drop a file.";
      return;
    }
    status.textContent = "Loading the catalog…";
    try {
      const checker = createLogChecker(await loadCatalog(), { release: release.value });
      status.textContent = "Checking…";
      if (files.length > 0) for (const file of files) await readLogFile(checker, file);
      else readPastedText(checker, text.value);
      const report = checker.report();
      output.replaceChildren(reportToDom(report, options.links));
      status.textContent = reportSummary(report);
    } catch (error) {
      status.textContent = `Could not check the log (${error instanceof Error ? error.message : String(error)}).`;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const files = dropped.length > 0 ? dropped : [...(input.files ?? [])];
    void run(files);
  });
  input.addEventListener("change", () => {
    dropped = [];
    drop.textContent =
      input.files && input.files.length > 0
        ? `Chosen: ${[...input.files].map((f) => f.name).join(", ")}`
        : (drop.dataset["empty"] ?? "");
  });
  text.addEventListener("input", () => {
    dropped = [];
    input.value = "";
  });
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("is-over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("is-over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("is-over");
    dropped = [...(event.dataTransfer?.files ?? [])];
    drop.textContent =
      dropped.length > 0 ? `Dropped: ${dropped.map((f) => f.name).join(", ")}` : (drop.dataset["empty"] ?? "");
    if (dropped.length > 0) void run(dropped);
  });
}
