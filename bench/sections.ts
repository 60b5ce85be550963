import { hotspotsSection } from './hotspots.js';
import { postgresSection } from './postgres.js';
import { qaSection } from './qa.js';
import type { BenchSection } from './section.js';
import { storiesSection } from './stories.js';
import { throughputSection } from './throughput.js';

/** Every benchmark section, run in this order. Append new sections here. */
export const benchSections: readonly BenchSection[] = [
  throughputSection,
  qaSection,
  storiesSection,
  hotspotsSection,
  postgresSection,
];
