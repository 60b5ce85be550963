import type { ParsedQuestion } from './question.js';

/**
 * The last question asked in each thread (or channel), so "@herald and where?" can reuse its
 * focus and article. Held in memory with a bound and an age limit: a follow-up comes minutes
 * after its question, and a restart forgetting it costs one rephrased question.
 */
export interface Remembered {
  question: ParsedQuestion;
  articleId: string | null;
  at: number;
}

export class ConversationMemory {
  private readonly byKey = new Map<string, Remembered>();

  constructor(
    private readonly maxKeys = 2_000,
    private readonly maxAgeMs = 60 * 60 * 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  remember(key: string, question: ParsedQuestion, articleId: string | null): void {
    this.byKey.delete(key);
    this.byKey.set(key, { question, articleId, at: this.clock() });
    if (this.byKey.size > this.maxKeys) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
  }

  recall(key: string): Remembered | null {
    const found = this.byKey.get(key);
    if (!found) return null;
    if (this.clock() - found.at > this.maxAgeMs) {
      this.byKey.delete(key);
      return null;
    }
    return found;
  }
}

/** The bot's own memory, shared by mentions and /ask across platforms. */
export const conversationMemory = new ConversationMemory();
