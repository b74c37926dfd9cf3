import type { Severity } from '../types.js';

/** A user's `.stanch.yaml`, validated (placeholder shape: the config issue fills it in). */
export interface StanchConfig {
  /** The file it was read from. */
  path: string;
  failOn?: Severity;
}

// Finds and validates the user's config (walking up to the repository root, or `-c FILE`); undefined when none.
export async function loadConfig(_cwd: string, explicitPath?: string): Promise<StanchConfig | undefined> {
  if (explicitPath !== undefined) return { path: explicitPath };
  return undefined;
}
