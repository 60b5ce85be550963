import { decode } from 'html-entities';

const BLOCK_END = /<\/(p|div|h[1-6]|li|blockquote|section|article|figure|tr|pre)>|<br\s*\/?>/gi;
const DROPPED = /<(script|style|figcaption|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * Feed item bodies are HTML fragments. Keep paragraph breaks (the engine works paragraph by
 * paragraph), drop scripts, styles and figure captions, decode entities. Full pages go through
 * Readability instead; this is for the small, trusted-shape fragments feeds carry.
 */
export function htmlFragmentToText(html: string): string {
  const text = html
    .replace(DROPPED, ' ')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decode(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Titles in feeds sometimes carry markup or entities ("A &amp; B", "<b>Breaking</b>"). */
export function plainTitle(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
