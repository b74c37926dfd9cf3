import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Folders of installed dependencies, skipped (and counted) unless the user names them. A Python environment is known
// by what `python -m venv` and virtualenv write into it, not by its name alone: a project's own `venv/` folder of
// scripts (no pyvenv.cfg, no activate script) is code, and scanned.

/** Names of folders that hold installed dependencies. */
export const DEPENDENCY_FOLDERS = ['node_modules', 'bower_components', 'jspm_packages', 'vendor', '.venv', 'venv', 'site-packages', '.tox', '__pypackages__'];

const PYTHON_ENV_NAMES = ['venv', '.venv'];
const PYTHON_ENV_MARKERS = ['pyvenv.cfg', 'bin/activate', 'Scripts/activate', 'Scripts/activate.bat', 'Lib/site-packages'];

/** Whether the folder named `name` at `absolute` holds installed dependencies. */
export function isDependencyFolder(absolute: string, name: string): boolean {
  if (!DEPENDENCY_FOLDERS.includes(name)) return false;
  return !PYTHON_ENV_NAMES.includes(name) || PYTHON_ENV_MARKERS.some((marker) => existsSync(join(absolute, marker)));
}
