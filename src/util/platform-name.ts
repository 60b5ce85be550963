import { z } from 'zod';

/**
 * The chat platforms Herald speaks on. One list for the whole program: the store validates rows
 * with it, the command context and the platform interface are typed by it.
 */
export const PlatformName = z.enum(['discord', 'slack', 'console']);
export type PlatformName = z.infer<typeof PlatformName>;
