/**
 * Counts a long phase's steps and reports at each tenth of the way: lines, not
 * a redrawn bar, so a log file or a CI console stays readable.
 */
export function progress(total: number, report: (done: number, total: number) => void): () => void {
  let done = 0;
  let shown = 0;
  return () => {
    done++;
    const tenth = total > 0 ? Math.floor((done * 10) / total) : 0;
    if (tenth > shown) {
      shown = tenth;
      report(done, total);
    }
  };
}

/** "  index: 1300 of 3800 pages (34%)" */
export function progressLine(phase: string, unit: string): (done: number, total: number) => string {
  return (done, total) => `  ${phase}: ${done} of ${total} ${unit} (${Math.round((done * 100) / total)}%)`;
}
