// Instant filtering and sorting of the events index. The table is complete without it; this only
// hides rows and reorders them. Kept small: it ships on the index page.
function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[data-filters]");
  const tbody = root.querySelector<HTMLTableSectionElement>("tbody");
  const status = root.querySelector<HTMLElement>("[data-filter-status]");
  if (!form || !tbody || !status) return;
  const rows = Array.from(tbody.rows);
  const field = (name: string): string =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim().toLowerCase() ?? "";

  const apply = (): void => {
    const text = field("q");
    const category = field("category");
    const source = field("source");
    const release = field("release");
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!text || (d["search"] ?? "").includes(text)) &&
        (!category || d["category"] === category) &&
        (!source || (d["sources"] ?? "").split(" ").includes(source)) &&
        (!release || (d["releases"] ?? "").split(" ").includes(release));
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `${shown} of ${rows.length} events shown`;
  };
  form.addEventListener("input", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;

  for (const th of root.querySelectorAll<HTMLTableCellElement>("thead th[data-sort]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const key = th.dataset["sort"] ?? "name";
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const other of root.querySelectorAll("thead th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const value = (row: HTMLTableRowElement): string => row.dataset[`sort${key}`] ?? "";
      rows.sort((a, b) => value(a).localeCompare(value(b), "en", { numeric: true }) * (ascending ? 1 : -1));
      tbody.append(...rows);
    });
  }
  apply();
}

const root = document.querySelector<HTMLElement>("[data-events-index]");
if (root) setup(root);
