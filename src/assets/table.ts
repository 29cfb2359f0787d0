// Sorting and filtering for data tables. The table is complete without this:
// it only adds buttons to the column headers and shows the filter controls.

function cellValue(row: HTMLTableRowElement, col: number): string {
  const cell = row.cells[col];
  return cell?.dataset.value ?? cell?.textContent?.trim() ?? "";
}

function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0].cells];
  const body = table.tBodies[0];
  headers.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const rows = [...body.rows];
      // Empty values (unknown dates) always sort last.
      rows.sort((a, b) => {
        const x = cellValue(a, col);
        const y = cellValue(b, col);
        if (!x || !y) return x ? -1 : y ? 1 : 0;
        const order = x.localeCompare(y, "zh-CN", { numeric: true });
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

function makeFilterable(tools: HTMLElement): void {
  const table = document.getElementById(tools.dataset.tableTools!) as HTMLTableElement | null;
  if (!table) return;
  const input = tools.querySelector("input")!;
  const select = tools.querySelector("select");
  const count = tools.querySelector<HTMLElement>(".table-count")!;
  const rows = [...table.tBodies[0].rows];
  const apply = () => {
    const q = input.value.trim().toLowerCase();
    const status = select?.value ?? "";
    let shown = 0;
    for (const row of rows) {
      const visible = (!q || row.textContent!.toLowerCase().includes(q)) && (!status || row.dataset.status === status);
      row.hidden = !visible;
      if (visible) shown++;
    }
    // "显示 2 项，共 27 项": a bare "2 / 27" announces nothing a listener can place.
    count.textContent = (count.dataset.template ?? "{shown} / {total}").replace("{shown}", String(shown)).replace("{total}", String(rows.length));
  };
  input.addEventListener("input", apply);
  select?.addEventListener("change", apply);
  tools.hidden = false;
  apply();
}

document.querySelectorAll<HTMLTableElement>("table.sortable").forEach(makeSortable);
document.querySelectorAll<HTMLElement>("[data-table-tools]").forEach(makeFilterable);
