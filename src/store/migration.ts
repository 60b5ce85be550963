import type Database from 'better-sqlite3';

/** One step of the schema: the article store's and the alert store's lists are both made of these. */
export interface Migration {
  /** What the step does, for logs and error messages. */
  name: string;
  up: (db: Database.Database) => void;
}
