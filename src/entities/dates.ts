export interface DateView {
  iso: string;
  text: string;
}

/** 2015-06-01 → 2015年6月1日, 2005-07 → 2005年7月, 2002 → 2002年: only the precision the source gives. */
export function dateView(iso: string | null | undefined): DateView | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  const text = `${y}年${m ? `${Number(m)}月` : ""}${d ? `${Number(d)}日` : ""}`;
  return { iso, text };
}
