import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

import matter from "gray-matter";

/**
 * A deterministic synthetic corpus of Chinese papers for the benchmark: words
 * drawn (from a fixed seed) from the real paper's own vocabulary, so Pagefind
 * meets real Chinese segmentation, with citations of a synthetic literature
 * and mentions of the real agreements and cities.
 */

/** mulberry32: small, fast, and the same numbers on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣佳颖晨阳雪琳晓慧婷"];
const NUMERALS = ["一", "二", "三", "四", "五", "六"];

export interface CorpusOptions {
  papers: number;
  seed?: number;
  /** Characters of body text per paper. */
  size?: number;
}

function vocabulary(text: string): string[] {
  const seg = new Intl.Segmenter("zh", { granularity: "word" });
  return [...seg.segment(text)].filter((s) => s.isWordLike && /\p{Script=Han}/u.test(s.segment)).map((s) => s.segment);
}

function paragraph(rand: () => number, words: string[], chars: number, cite: () => string): string {
  let out = "";
  let sentence = 0;
  while (out.length < chars) {
    out += words[Math.floor(rand() * words.length)];
    sentence++;
    if (sentence > 6 && rand() < 0.18) {
      if (rand() < 0.12) out += cite();
      out += rand() < 0.7 ? "，" : "。";
      sentence = 0;
    }
  }
  return `${out.replace(/，$/, "")}。`;
}

/** Copies the project into dir and replaces its papers and literature with a synthetic corpus of n papers. */
export async function writeCorpus(root: string, dir: string, options: CorpusOptions): Promise<void> {
  const rand = random(options.seed ?? 20261125);
  const size = options.size ?? 10_000;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of [".eleventy.ts", "src", "_data", "package.json"]) await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
  for (const entry of ["index.njk", "about.md", "search.njk", "404.njk", "sitemap.xml.njk", "robots.txt.njk", "ftas", "cities", "literature", "data"]) {
    await cp(path.join(root, "content", entry), path.join(dir, "content", entry), { recursive: true });
  }
  await mkdir(path.join(dir, "content", "papers"), { recursive: true });
  await cp(path.join(root, "content", "papers", "papers.11tydata.ts"), path.join(dir, "content", "papers", "papers.11tydata.ts"));
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");

  const real = matter(await readFile(path.join(root, "content", "papers", "local-fta-strategy", "index.md"), "utf8")).content;
  const words = vocabulary(real.replace(/@\{[^}]+\}/g, ""));
  const person = () => `${SURNAMES[Math.floor(rand() * SURNAMES.length)]}${GIVEN[Math.floor(rand() * GIVEN.length)]}${rand() < 0.6 ? GIVEN[Math.floor(rand() * GIVEN.length)] : ""}`;

  const works = Array.from({ length: Math.max(20, Math.round(options.papers / 4)) }, (_, i) => {
    const name = person();
    const year = 2005 + Math.floor(rand() * 18);
    return {
      id: `syn-${String(i + 1).padStart(5, "0")}`,
      type: "article",
      author: [{ family: name[0], given: name.slice(1) }],
      issued: { "date-parts": [[year]] },
      title: null,
      "container-title": null,
      language: "zh-CN",
      citedAs: `${name}（${year}）`,
      sources: [{ title: "synthetic benchmark corpus", language: "en", publisher: null, url: null, date: null, supports: "everything (generated)" }],
      notes: [{ field: "title、container-title", text: "合成语料：只有作者与年份。" }],
    };
  });
  await writeFile(path.join(dir, "_data", "literature.json"), JSON.stringify(works));
  await writeFile(path.join(dir, "_data", "editorial-notes.json"), "[]");
  const citedAs = new Map(works.map((w) => [w.id, w.citedAs]));
  const cite = () => `@{${works[Math.floor(rand() * works.length)].id}}`;

  for (let n = 1; n <= options.papers; n++) {
    const slug = `paper-${String(n).padStart(5, "0")}`;
    const authors = [person(), person(), person()];
    const title = paragraph(rand, words, 14, () => "").replace(/[，。]/g, "");
    const abstract = paragraph(rand, words, 220, () => "");
    const body: string[] = [];
    let length = 0;
    for (let s = 0; length < size; s++) {
      body.push(`## ${NUMERALS[s % NUMERALS.length]}、${paragraph(rand, words, 12, () => "").replace(/[，。]/g, "")}`);
      for (let sub = 0; sub < 2 && length < size; sub++) {
        body.push(`### （${NUMERALS[sub]}）${paragraph(rand, words, 10, () => "").replace(/[，。]/g, "")}`);
        for (let p = 0; p < 3 && length < size; p++) {
          const text = paragraph(rand, words, 200 + Math.floor(rand() * 400), cite);
          body.push(text);
          length += text.length;
        }
      }
    }
    const markdown = body.join("\n\n");
    const fm = { title, authors: authors.map((name) => ({ name, affiliation: "基准测试大学" })), year: 2020 + (n % 5), abstract, source: "source.txt", truncated: false };
    const folder = path.join(dir, "content", "papers", slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "index.md"), matter.stringify(`\n${markdown}\n`, fm));
    // The "OCR source": the same words, hard-wrapped as an extraction would, so no correction is needed.
    const plain = [title, ...authors, "基准测试大学", `摘要：${abstract}`, markdown.replace(/^#+ /gm, "").replace(/@\{([^}]+)\}/g, (_, k: string) => citedAs.get(k)!)].join("");
    await writeFile(path.join(folder, "source.txt"), plain.replace(/(.{12})/gu, "$1\n\n"));
    await writeFile(path.join(folder, "corrections.json"), "[]");
  }
}
