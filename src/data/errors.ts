/** One problem in the input, written for the person who must fix it. */
export interface InputProblem {
  file: string;
  /** The record's id or key where there is one, else its index. */
  record?: string;
  /** JSON pointer into the file (or front matter) where the problem is. */
  pointer?: string;
  message: string;
}

export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(formatProblems(problems));
    this.name = "InputError";
  }
}

export function formatProblem(p: InputProblem): string {
  const where = [p.record !== undefined ? `record ${p.record}` : "", p.pointer ? `at ${p.pointer}` : ""].filter(Boolean).join(", ");
  return `${p.file}${where ? ` (${where})` : ""}: ${p.message}`;
}

export function formatProblems(problems: InputProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${formatProblem(p)}`);
  return `${problems.length} problem${problems.length === 1 ? "" : "s"} in the input:\n${lines.join("\n")}`;
}

/** The record a JSON pointer falls in, by its key where the data set has one: "liu-bin-2018" (#0). */
export function recordName(data: unknown, pointer: string, keyField?: string): string | undefined {
  if (!Array.isArray(data)) return undefined;
  const m = /^\/(\d+)/.exec(pointer);
  if (!m) return undefined;
  const item = data[Number(m[1])] as Record<string, unknown> | undefined;
  const key = keyField && item && typeof item === "object" ? item[keyField] : undefined;
  return typeof key === "string" ? `"${key}" (#${m[1]})` : `#${m[1]}`;
}
