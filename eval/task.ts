/** One row of the evaluation table. */
export interface EvalRow {
  task: string;
  metric: string;
  /** The measured figure, formatted for the table ("0.842", "41.9"). */
  value: string;
  /** The target or baseline it is compared with, as text ("≥ 0.80", "lead-3 41.4"). */
  target?: string;
  pass?: boolean;
}

/** An evaluation over one corpus in the shared evaluation folder. */
export interface EvalTask {
  name: string;
  /** Files (relative to the eval folder) the task needs; missing ones skip the task with a note. */
  needs: string[];
  run(evalDir: string): Promise<EvalRow[]>;
}
