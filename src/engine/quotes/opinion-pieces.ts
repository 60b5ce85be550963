/**
 * Opinion pieces are documents (issue 11, session 22). A column or a commentary speaks for whoever
 * publishes it, like a statement or a report: "“...,” the commentary said", "“...,” the column
 * noted" were left with no speaker because neither word was a document noun, so the quote stage
 * found no one to credit. As documents they take the issuer the article ties to them, else the
 * piece as written (ADR 005). A piece printed "in" a paper is that paper's: "a commentary in the
 * weekly Marnock Herald argued" ties the commentary to the Herald, where a statement "in" a place or
 * a body ("a statement in Parliament") says nothing of its author, so the tie is read for these
 * pieces only. Counted by diffing every predicted quote's speaker over PolNeAR train 0-839 and
 * CoNLL eng.train before and after (ADR 009, session 22): 5 quotes change in 2 articles (PolNeAR
 * fixed range 0-419: none; 420-839: 2; eng.train: 3), 4 from no speaker to the paper that prints the
 * piece, 1 the same paper now read from its own tag; none worse.
 */

/** Nouns for a published opinion piece that speaks for its author or its paper. */
export const OPINION_PIECES: readonly string[] = ['column', 'commentary'];

const PIECE = OPINION_PIECES.join('|');

/**
 * "a commentary in the weekly Marnock Herald", "a column in The Tolland Post": the paper the
 * piece appears in, given a pattern for a capitalised name (its first group).
 */
export function pieceInPaper(issuerName: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${PIECE})\s+in\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${issuerName}`,
    'u',
  );
}

/** Is `head` (lower case) an opinion piece's noun? */
export function isOpinionPiece(head: string): boolean {
  return OPINION_PIECES.includes(head);
}
