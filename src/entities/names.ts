import type { CslName } from "./types.ts";

/** A CSL name as a reader writes it: Chinese family+given run together, Latin given-space-family, organisations as they are. */
export function personName(n: CslName): string {
  if ("literal" in n) return n.literal;
  return /[\p{Script=Han}]/u.test(n.family + n.given) ? `${n.family}${n.given}` : `${n.given} ${n.family}`;
}
