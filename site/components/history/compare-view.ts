// The compare view's script: two release selects; on submit it fetches the two releases' slices
// of the catalog and runs the diff (the same pure function as the CLI and the compare pages) in the
// browser. Without JavaScript the form stays hidden and the page lists the compare pages instead.
import { diffReleases } from "../../../src/diff/diff-releases.ts";
import { releaseSliceUrl } from "../../pages/compare/_release-pairs.ts";
import { formatReleaseDate } from "../../lib/release-format.ts";
import { descriptionLookup } from "./description-lookup.ts";
import { diffViewToDom } from "./diff-dom.ts";
import { diffView } from "./diff-view.ts";
import { catalogOfSlices, readReleaseSlice, type ReleaseSlice } from "./release-slices.ts";

async function fetchSlice(release: string): Promise<ReleaseSlice> {
  const response = await fetch(releaseSliceUrl(release));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readReleaseSlice(await response.json());
}

function pick(form: HTMLFormElement, name: string): HTMLSelectElement | undefined {
  const found = form.elements.namedItem(name);
  return found instanceof HTMLSelectElement ? found : undefined;
}

async function show(from: string, to: string, status: HTMLElement, output: HTMLElement, focus: boolean): Promise<void> {
  output.replaceChildren();
  if (from === to) {
    status.textContent = "Choose two different releases.";
    return;
  }
  status.textContent = `Loading the changes from ${from} to ${to}…`;
  try {
    const slices = await Promise.all([fetchSlice(from), fetchSlice(to)]);
    const joined = catalogOfSlices(slices);
    const diff = diffReleases(joined, from, to);
    const heading = document.createElement("h2");
    heading.id = "compare-result";
    heading.tabIndex = -1;
    heading.textContent = `Changes from ${from} to ${to}`;
    const releases = new Map(slices.map((s) => [s.release.id, s.release]));
    const dateOf = (id: string): string | undefined => {
      const release = releases.get(id);
      return release ? formatReleaseDate(release) : undefined;
    };
    const view = diffView(diff, descriptionLookup(joined), dateOf);
    output.replaceChildren(heading, diffViewToDom(view, "h3"));
    status.textContent = `Showing the changes from ${from} to ${to}: ${view.summary.differences} changes in all.`;
    if (focus) heading.focus();
  } catch (error) {
    status.textContent = `Could not load the changes from ${from} to ${to} (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export function startCompareView(root: ParentNode): void {
  const form = root.querySelector<HTMLFormElement>("form[data-compare-form]");
  const status = root.querySelector<HTMLElement>("[data-compare-status]");
  const output = root.querySelector<HTMLElement>("[data-compare-output]");
  if (!form || !status || !output) return;
  const from = pick(form, "from");
  const to = pick(form, "to");
  if (!from || !to) return;
  const params = new URLSearchParams(location.search);
  const values = new Set([...from.options].map((o) => o.value));
  const wanted = { from: params.get("from"), to: params.get("to") };
  if (wanted.from !== null && values.has(wanted.from)) from.value = wanted.from;
  if (wanted.to !== null && values.has(wanted.to)) to.value = wanted.to;
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`);
    void show(from.value, to.value, status, output, true);
  });
  if (wanted.from !== null && wanted.to !== null) void show(from.value, to.value, status, output, false);
}
