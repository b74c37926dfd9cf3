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

/** Whether an unquoted value is a bare identifier (a variable name), which generic rules ignore. */
export function isBareIdentifier(value: string): boolean {
  return /^[A-Za-z_][A-Za-z_]*$/.test(value) || /^(?:[a-z]+_)+[a-z]+$/.test(value) || /^(?:[A-Z]+_)+[A-Z]+$/.test(value);
}
