// Copy buttons for citations, "cite this paragraph" from each ¶ link, and a
// preview of a reference on hover, focus or tap. Without this script every
// citation is still selectable text and every link still goes where it says.

import { ACCESSED, accessedToday, withAccessDate } from "../cite/accessed.ts";

const article = document.querySelector<HTMLElement>("[data-strings]");
const strings = JSON.parse(article?.dataset.strings ?? "{}") as Record<string, string>;

/** Copies the text; with `html` (APA's italics), as rich text too, for a word processor to keep them. */
async function copyText(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== "undefined") {
      const blob = (value: string, type: string) => new Blob([value], { type });
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob(text, "text/plain"), "text/html": blob(html, "text/html") })]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    // Clipboard API refused (insecure origin, permissions): fall back to a selection.
    const area = Object.assign(document.createElement("textarea"), { value: text });
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/**
 * Where a screen reader hears that a copy worked: a button's changed text is not announced
 * everywhere. One polite status for the page, in place (empty) before anything is said in it,
 * since a live region added together with its message is often not read.
 */
let announcer: HTMLElement | undefined;
function statusRegion(): HTMLElement {
  if (!announcer) {
    announcer = Object.assign(document.createElement("p"), { className: "visually-hidden", id: "copy-status" });
    announcer.setAttribute("role", "status");
    document.body.append(announcer);
  }
  return announcer;
}
function announce(message: string): void {
  const region = statusRegion();
  region.textContent = message;
  setTimeout(() => region.textContent === message && (region.textContent = ""), 2000);
}

function wireCopy(button: HTMLButtonElement, text: () => string, html?: () => string | undefined): void {
  const label = button.textContent ?? strings.copy ?? "复制";
  statusRegion();
  button.hidden = false;
  button.addEventListener("click", async () => {
    const ok = await copyText(text(), html?.());
    button.textContent = ok ? (strings.copied ?? "已复制") : (strings.copyFailed ?? "复制失败");
    announce(button.textContent);
    setTimeout(() => (button.textContent = label), 2000);
  });
}

// The reader's date where GB/T asks for the date a source was consulted.
const today = accessedToday();
// Text node by text node, so an entry's italics stay.
document.querySelectorAll<HTMLElement>(".cite-text").forEach((el) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(`[${ACCESSED}]`)) node.nodeValue = withAccessDate(node.nodeValue, today);
  }
});

document.querySelectorAll<HTMLButtonElement>("button.copy[data-copy]").forEach((b) => {
  const source = () => document.getElementById(b.dataset.copy!);
  wireCopy(
    b,
    () => source()?.textContent?.trim() ?? "",
    () => (source()?.querySelector("i") ? source()!.innerHTML.trim() : undefined),
  );
});

// "Cite this paragraph": the ¶ link opens a small panel with the citation and a copy button.
const template = article?.dataset.citeParagraph;
let panel: HTMLElement | null = null;
function closePanel(): void {
  panel?.remove();
  panel = null;
}
if (template) {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a.pnum");
    if (!link) return;
    const para = link.closest("p[id]");
    if (!para) return;
    event.preventDefault();
    // location.replace moves :target (and its highlight) as replaceState would not; the reader stays where they are.
    const { scrollX, scrollY } = window;
    location.replace(`#${para.id}`);
    window.scrollTo(scrollX, scrollY);
    const n = para.id.slice(1);
    const text = withAccessDate(template.replaceAll("{n}", n), today);
    const wasOpen = panel?.dataset.for === para.id;
    closePanel();
    if (wasOpen) return;
    panel = document.createElement("div");
    panel.className = "para-cite";
    panel.dataset.for = para.id;
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", `${strings.citeParagraph ?? "引用本段"} ¶${n}`);
    const p = Object.assign(document.createElement("p"), { className: "cite-text", textContent: text });
    const button = Object.assign(document.createElement("button"), { type: "button", className: "copy", textContent: strings.copy ?? "复制" });
    panel.append(Object.assign(document.createElement("strong"), { textContent: `${strings.citeParagraph ?? "引用本段"}（¶${n}）` }), p, button);
    para.after(panel);
    wireCopy(button, () => text);
    button.focus();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && panel) {
      const para = document.getElementById(panel.dataset.for!);
      closePanel();
      para?.querySelector<HTMLAnchorElement>("a.pnum")?.focus();
    }
  });
}

// Reference previews: the entry from this page's reference list, beside the citation.
let tip: HTMLElement | null = null;
let tipOwner: HTMLAnchorElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
function hideTip(): void {
  clearTimeout(hideTimer);
  tipOwner?.removeAttribute("aria-describedby");
  tip?.remove();
  tip = tipOwner = null;
}
// A pointer may cross from the citation to its preview (to read or select it) without losing it;
// a preview the keyboard opened stays while its citation has focus, whatever the pointer does.
function hideSoon(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (document.activeElement !== tipOwner) hideTip();
  }, 300);
}
function showTip(link: HTMLAnchorElement): void {
  const key = link.dataset.cite!;
  const entry = document.getElementById(`ref-${key}`);
  if (!entry) return;
  hideTip();
  tip = document.createElement("span");
  tip.id = `preview-${key}`;
  tip.className = "cite-preview";
  tip.setAttribute("role", "tooltip");
  tip.textContent = entry.textContent?.trim() ?? "";
  tip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  tip.addEventListener("mouseleave", hideSoon);
  link.setAttribute("aria-describedby", tip.id);
  tipOwner = link;
  link.after(tip);
}
document.querySelectorAll<HTMLAnchorElement>("a.cite[data-cite]").forEach((link) => {
  link.addEventListener("mouseenter", () => (tipOwner === link ? clearTimeout(hideTimer) : showTip(link)));
  link.addEventListener("focus", () => showTip(link));
  link.addEventListener("mouseleave", hideSoon);
  link.addEventListener("blur", hideTip);
  // On a touch screen the first tap shows the preview, the second follows the link. Whether the
  // preview was open is read when the finger comes down: the mouseenter and focus a tap also fires
  // open it before the click arrives.
  let firstTap = false;
  link.addEventListener("pointerdown", (e) => (firstTap = e.pointerType === "touch" && tip?.id !== `preview-${link.dataset.cite}`));
  link.addEventListener("click", (e) => {
    if (firstTap) {
      e.preventDefault();
      showTip(link);
    }
    firstTap = false;
  });
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") hideTip();
});
