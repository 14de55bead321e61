// Reads the plan's Chinese source text (Markdown copied from a news repost) into numbered sections.
// The file's heading levels are inconsistent (4.2 is "##", 4.2.1 "###", 4.2.2 "####"), so the
// structure comes from each heading's numbering, never from its "#" count.
import { CHINESE_NUMERALS, levelOfNumber, type SectionLevelName } from "../../lib/plan/numbering";

export type SourceSection = {
  number: string;
  level: SectionLevelName;
  title: string;
  paragraphs: string[];
};

export type SourcePlan = { title: string; sections: SourceSection[] };

const CHAPTER_HEADING = new RegExp(`^(${CHINESE_NUMERALS.join("|")})、\\s*(.+)$`);
const NUMBERED_HEADING = /^(\d+(?:\.\d+)+)\s+(.+)$/;
const TIMESTAMP_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

function parseHeading(text: string): { number: string; title: string } | null {
  const chapter = CHAPTER_HEADING.exec(text);
  if (chapter)
    return { number: String(CHINESE_NUMERALS.indexOf(chapter[1]!) + 1), title: chapter[2]!.trim() };
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered) return { number: numbered[1]!, title: numbered[2]!.trim() };
  return null;
}

export function parsePlanSource(markdown: string): SourcePlan {
  let title = "";
  const sections: SourceSection[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || TIMESTAMP_LINE.test(line)) continue;
    const heading = /^#+\s+(.*)$/.exec(line);
    if (heading) {
      const parsed = parseHeading(heading[1]!.trim());
      if (parsed) sections.push({ ...parsed, level: levelOfNumber(parsed.number), paragraphs: [] });
      else if (!title && sections.length === 0) title = heading[1]!.trim();
      else throw new Error(`Unnumbered heading inside the plan: "${line}"`);
      continue;
    }
    const current = sections.at(-1);
    if (!current) throw new Error(`Text before the first numbered heading: "${line}"`);
    current.paragraphs.push(line);
  }
  if (!title) throw new Error("The plan source has no title heading.");
  return { title, sections };
}
