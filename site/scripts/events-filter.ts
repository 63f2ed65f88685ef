// Instant filtering and sorting of the events index, kept in the URL (?category=…&sort=first) so a
// filtered list can be bookmarked and shared. The table is complete without it; this only hides
// rows and reorders them. Kept small: it ships on the index page.
const FILTERS = ["q", "category", "source", "release", "status"] as const;

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[data-filters]");
  const tbody = root.querySelector<HTMLTableSectionElement>("tbody");
  const status = root.querySelector<HTMLElement>("[data-filter-status]");
  if (!form || !tbody || !status) return;
  const rows = Array.from(tbody.rows);
  const original = [...rows];
  const control = (name: string): HTMLInputElement | HTMLSelectElement | null =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const field = (name: string): string => control(name)?.value.trim().toLowerCase() ?? "";
  let sort = { key: "", ascending: true };

  const writeUrl = (): void => {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (field(name)) params.set(name, field(name));
    if (sort.key) params.set("sort", `${sort.ascending ? "" : "-"}${sort.key}`);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };

  const apply = (): void => {
    const text = field("q");
    const category = field("category");
    const source = field("source");
    const release = field("release");
    const state = field("status");
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!text || (d["search"] ?? "").includes(text)) &&
        (!category || d["category"] === category) &&
        (!source || (d["sources"] ?? "").split(" ").includes(source)) &&
        (!release || (d["releases"] ?? "").split(" ").includes(release)) &&
        (!state || d["status"] === state);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `${shown} of ${rows.length} events shown`;
  };

  const headers = [...root.querySelectorAll<HTMLTableCellElement>("thead th[data-sort]")];
  const sortBy = (key: string, ascending: boolean): void => {
    sort = { key, ascending };
    for (const th of headers) {
      if (th.dataset["sort"] === key) th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    const value = (row: HTMLTableRowElement): string => row.dataset[`sort${key}`] ?? "";
    rows.sort((a, b) => value(a).localeCompare(value(b), "en", { numeric: true }) * (ascending ? 1 : -1));
    tbody.append(...(key ? rows : original));
  };

  for (const th of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const key = th.dataset["sort"] ?? "name";
      sortBy(key, !(sort.key === key && sort.ascending));
      writeUrl();
    });
  }

  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const wanted = params.get(name);
    const input = control(name);
    if (wanted === null || !input) continue;
    if (input instanceof HTMLSelectElement && ![...input.options].some((o) => o.value === wanted)) continue;
    input.value = wanted;
  }
  const wantedSort = params.get("sort");
  if (wantedSort) {
    const key = wantedSort.replace(/^-/, "");
    if (headers.some((th) => th.dataset["sort"] === key)) sortBy(key, !wantedSort.startsWith("-"));
  }

  form.addEventListener("input", () => {
    apply();
    writeUrl();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;
  apply();
}

const root = document.querySelector<HTMLElement>("[data-events-index]");
if (root) setup(root);
