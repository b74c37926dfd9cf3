// Values that read a secret from somewhere else instead of containing it: env lookups, config access, calls.

const INDIRECTIONS: readonly RegExp[] = [
  /^(?:os\.)?(?:getenv|environ)\b/, // os.getenv("X"), os.environ["X"]
  /^process\.env\b/, // process.env.X
  /^(?:import\.meta\.env|Deno\.env|System\.getenv|ENV\[|env\(|config\(|settings\.|config\.|secrets\.|vars\.)/,
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\(.*\)?$/, // a function call: get_secret("x"), vault.read(...)
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/, // a dotted identifier: settings.SECRET_KEY, self.token
  /^[A-Za-z_$][\w$]*\[['"][^'"]*['"]\]$/, // a lookup: config['token']
];

/** Whether a value is an expression that fetches the secret rather than the secret itself. */
export function isIndirection(value: string): boolean {
  const trimmed = value.trim();
  return INDIRECTIONS.some((shape) => shape.test(trimmed));
}

/**
 * Whether a value is a name rather than a secret: an identifier with at most a short numeric suffix
 * (`previousToken2`, `gibson042`), or words joined by hyphens (`cross-platform`, `same-origin`).
 */
export function isBareIdentifier(value: string): boolean {
  return /^[A-Za-z_$][A-Za-z_$]*[0-9]{0,3}$/.test(value) || /^[A-Za-z]+(?:-[A-Za-z]+)+[0-9]{0,3}$/.test(value);
}
