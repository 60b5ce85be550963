/** One trainable model: `npm run train [name...]` runs each trainer found in this folder. */
export interface Trainer {
  /** Short name used on the command line and as the folder under `models/` ("ner", "speakers"). */
  name: string;
  /** Training files it reads, relative to the shared training folder (`../shared/train`). */
  needs: string[];
  /**
   * Fit the model and write its weights and manifest under `modelsDir/<name>/`. Must be
   * deterministic: the same data gives byte-identical files. `evalDir` (dev files) may be null.
   */
  train(ctx: {
    trainDir: string;
    evalDir: string | null;
    modelsDir: string;
    log: (line: string) => void;
  }): Promise<void>;
}
