import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { HttpUrlField, PublishedField, type SourceMeta } from './metadata.js';

/**
 * Jekyll/Hugo-style front matter at the top of a text or Markdown file:
 * ---
 * title: ...
 * published: 2024-05-17   (or date:)
 * url: https://...
 * source: The Daily Example
 * ---
 * Unknown keys are ignored: the same files often feed a static site too.
 */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const FrontMatterSchema = z.object({
  title: z.coerce.string().optional(),
  url: HttpUrlField.optional(),
  source: z.coerce.string().optional(),
  published: PublishedField.optional(),
  date: PublishedField.optional(),
});

export type FrontMatterResult = { meta: SourceMeta; body: string } | { problem: string };

export function splitFrontMatter(text: string): FrontMatterResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '') ?? {};
  } catch (err) {
    return { problem: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  const parsed = FrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      problem: `front matter ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`.replace(
        '  ',
        ' ',
      ),
    };
  }
  const { published, date, ...rest } = parsed.data;
  const meta: SourceMeta = { ...rest };
  const day = published ?? date;
  if (day) meta.published = day;
  return { meta, body: text.slice(match[0].length) };
}
