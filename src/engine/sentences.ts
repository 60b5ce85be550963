export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).map((s) => s.trim()).filter(Boolean);
}

export function segment(paragraphs: string[]): { sentences: string[]; sentenceParagraph: number[] } {
  const sentences: string[] = [];
  const sentenceParagraph: number[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(p)) {
      sentences.push(s);
      sentenceParagraph.push(i);
    }
  });
  return { sentences, sentenceParagraph };
}
