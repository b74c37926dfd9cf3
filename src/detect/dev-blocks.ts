import { findDevStageSpans } from './dockerfile-stages.js';
import { DEV_WORD, judgeCondition, PROD_WORD } from './env-conditions.js';

// Parts of a file that only run in development, tests or CI: the body of a `class DevelopmentConfig`, of `if
// settings.DEBUG:` or `if (process.env.NODE_ENV !== 'production') {`, the `else` of a production-only `if`, a
// `development:` or `"test": {` entry of an environment map, Rust's `mod tests {` and `#[test] fn`, Zig's `test "…" {`,
// and a whole file that declares a development environment (`NODE_ENV=development`). Found by indentation, so the
// same rules read Python, JS, Ruby and YAML. A finding inside one is lowered like a finding in a development config
// file, never hidden.

// A Python class of development settings (`DevelopmentConfig`, `TestingSettings`, `Flask_DEV_Config`, `Local`) or a
// test case.
const CLASS = /^class[ \t]+(?:(?:\w*(?:Dev|DEV|Local|LOCAL|Test|TEST|Debug|DEBUG)\w*(?:Config|Settings|Conf|Configuration|Env|Environment)|Dev|Development|Local|Test|Testing|Debug)\b|\w+[ \t]*\([^)]*\bTestCase\b)[^\n]*:[ \t]*(?:#.*)?$/;
const CONDITIONAL = /^(?:\}[ \t]*)?(?:el(?:se[ \t]+)?if|if)\b(.{0,240})/;
// Ruby's `unless` runs its body when the condition is false (`unless Rails.env.production?`).
const UNLESS = /^unless\b(.{0,240})/;
const ELSE = /^(?:\}[ \t]*)?else\b[ \t]*(?::|\{|$)/;
const ENV_ENTRY = /^["']?(?:development|dev|local|test|testing)["']?[ \t]*(?::|=>?)[ \t]*(?:&\w+[ \t]*)?[{([]?[ \t]*(?:(?:#|\/\/).*)?$/;
const SINATRA_CONFIGURE = /^configure[ \t]+:(?:development|test)\b/;
// A dbt profile's `dev:` output is a developer's schema in the team's cloud warehouse, not a development block.
const DBT_OUTPUTS = /^[ \t]+outputs:[ \t]*$/m;
const DBT_THREADS = /^[ \t]+threads:[ \t]*\d/m;
// Rust's unit tests live beside the code, in `#[cfg(test)] mod tests { … }`.
const RUST_TESTS = /^(?:pub[ \t]+)?mod[ \t]+tests?[ \t]*\{/;
// Or a test function on its own, under its attribute (`#[test]`, `#[tokio::test]`): an excerpt may start below
// `mod tests`.
const RUST_TEST_ATTRIBUTE = /^#\[(?:[a-z_]+::)?test\b/;
const RUST_FN = /^(?:pub[ \t]+)?(?:async[ \t]+)?fn[ \t]+\w+/;
// Zig's tests are top-level `test "name" {` blocks beside the code.
const ZIG_TEST = /^test[ \t]+"[^"\n]{0,200}"[ \t]*\{[ \t]*$/;
const ENV_NAMES = '(?:NODE_ENV|FLASK_ENV|APP_ENV|ENVIRONMENT|ENV|RAILS_ENV|RACK_ENV|DJANGO_ENV|APP_ENVIRONMENT|STAGE|MIX_ENV|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|SPRING_PROFILES_ACTIVE)';
// The whole file is development only when a top-level line declares it (`NODE_ENV=development` in a .env).
const DECLARES_DEV = new RegExp(String.raw`^(?:export[ \t]+)?${ENV_NAMES}[ \t]*=[ \t]*["']?${DEV_WORD}["']?[ \t]*(?:#.*)?$`, 'm');
// Any declaration, also indented or as a compose or workflow environment entry (`- NODE_ENV=production`,
// `NODE_ENV: production`, a config class's `FLASK_ENV = 'development'`).
const declares = (words: string): RegExp => new RegExp(String.raw`^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?${ENV_NAMES}[ \t]*[=:][ \t]*["']?${words}\b`, 'm');
const DECLARES_PROD = declares(`(?:${PROD_WORD}|staging)`);
const DECLARES_DEV_ANYWHERE = declares(DEV_WORD);
// A Vagrantfile whose provider is a cloud (vagrant-digitalocean, vagrant-aws, vagrant-linode…) creates real servers
// on a paid account: its tokens are that account's, not a local VM's.
const CLOUD_VAGRANT_PROVIDER = /\bvm\.provider[ \t(]+[:"'](?:digital_ocean|aws|linode|azure|google|hetznercloud|vultr|openstack|vsphere|scaleway|rackspace)\b/;
// `vercel env pull` writes a project's real values under this first line, whatever the file is named.
const PULLED_FROM_PLATFORM = /^# Created by Vercel CLI\b/;

// The first characters of the lines that can open a block (`class`, `configure`, `if`, `elif`, `} else if`, `unless`, a
// quoted or bare `development` / `dev` / `local` / `test` key, `mod tests`): most lines are not tried against the block
// regexes.
const MAY_OPEN = new Set(['c', 'i', 'e', '}', '"', "'", 'd', 'l', 't', 'm', 'p', 'u']);

/** A span of text by character offsets, end exclusive. */
export type Span = readonly [start: number, end: number];

interface Line {
  start: number;
  end: number;
  indent: number;
  head: string;
}

/** What a text says about where it runs. */
export interface DevContext {
  /** The development-only spans, in order (they may nest or overlap). */
  spans: Span[];
  /**
   * Whether the text declares a production (or staging) environment and no development one (`FLASK_ENV=production`
   * in a `.flaskenv`, `- NODE_ENV=production` in a compose service), or was pulled from the platform (`vercel env
   * pull`): a file its path calls a development file is then read as production.
   */
  declaresProduction: boolean;
}

/** The development-only spans of a text and whether it declares production; each declaration is looked for once. */
export function readDevContext(text: string): DevContext {
  // Every declaration names one of ENV_NAMES, all of which hold ENV, STAGE or PROFILES: most texts skip the three scans.
  const named = text.includes('ENV') || text.includes('STAGE') || text.includes('PROFILES');
  const prod = named && DECLARES_PROD.test(text);
  const wholeFile = named && !prod && DECLARES_DEV.test(text);
  return {
    spans: wholeFile ? [[0, text.length]] : [...findBlockSpans(text), ...findDevStageSpans(text)],
    declaresProduction: (prod && !DECLARES_DEV_ANYWHERE.test(text)) || PULLED_FROM_PLATFORM.test(text) || (text.includes('vm.provider') && CLOUD_VAGRANT_PROVIDER.test(text)),
  };
}

// The spans of the blocks that open on a development condition, class or environment entry.
function findBlockSpans(text: string): Span[] {
  const lines = splitLines(text);
  const spans: Span[] = [];
  const envEntries = !(DBT_OUTPUTS.test(text) && DBT_THREADS.test(text));
  lines.forEach((line, i) => {
    const opens = opensDevBlock(line.head, envEntries) ?? (RUST_FN.test(line.head) && RUST_TEST_ATTRIBUTE.test(lines[i - 1]?.head ?? '') ? 'dev' : undefined);
    if (opens === 'dev') spans.push([line.start, bodyEnd(lines, i)]);
    if (opens !== 'prod') return;
    // The `else` at the same indentation after a production-only body.
    const after = nextCodeLine(lines, indexAfterBody(lines, i));
    const other = after === undefined ? undefined : lines[after];
    if (other !== undefined && after !== undefined && other.indent === line.indent && ELSE.test(other.head)) spans.push([other.start, bodyEnd(lines, after)]);
  });
  return spans;
}

/** Whether `offset` lies in one of `spans`. */
export function isInSpans(spans: readonly Span[], offset: number): boolean {
  return spans.some(([start, end]) => offset >= start && offset < end);
}

// 'dev' when the line opens a block that runs only outside production, 'prod' when only in production.
function opensDevBlock(head: string, envEntries: boolean): 'dev' | 'prod' | undefined {
  if (!MAY_OPEN.has(head.charAt(0))) return undefined;
  if (CLASS.test(head) || (envEntries && ENV_ENTRY.test(head)) || SINATRA_CONFIGURE.test(head) || RUST_TESTS.test(head) || ZIG_TEST.test(head)) return 'dev';
  const negated = UNLESS.exec(head)?.[1];
  if (negated !== undefined) return flipCondition(judgeCondition(negated));
  const condition = CONDITIONAL.exec(head)?.[1];
  return condition === undefined ? undefined : judgeCondition(condition);
}

// The body of `unless X` runs where `X` is false: a production-only condition opens a development block.
function flipCondition(judged: 'dev' | 'prod' | undefined): 'dev' | 'prod' | undefined {
  if (judged === undefined) return undefined;
  return judged === 'dev' ? 'prod' : 'dev';
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // A tab counts to the next multiple of 4 columns: a body indented with tabs under a key indented with spaces.
    let at = start;
    let column = 0;
    // A `# ` comment marker counts as indentation, so commented-out blocks (`# development:` over
    // `#   secret_key_base: …` in a secrets.yml) nest as they would live.
    const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
    for (; at < end && (blank(text[at]) || (text[at] === '#' && blank(text[at + 1]))); at++) column = text[at] === '\t' ? column + 4 - (column % 4) : column + 1;
    lines.push({ start, end, indent: column, head: text.slice(at, Math.min(end, at + 300)).trimEnd() });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

// The index of the first line after the body of the block opened at line `i` (blank lines inside belong to it). A
// brace alone on the next line at the opener's indentation (C#'s `if (env.IsDevelopment())\n{`) opens the body, and
// the `}` there closes it.
function indexAfterBody(lines: readonly Line[], i: number): number {
  const opener = lines[i];
  let last = i;
  let braced = false;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (opener === undefined || line === undefined) break;
    if (line.head === '') continue;
    const level = line.indent === opener.indent;
    if (last === i && !braced && level && line.head === '{') braced = true;
    else if (line.indent <= opener.indent) return (braced && level && line.head.startsWith('}') ? j : last) + 1;
    last = j;
  }
  return last + 1;
}

// The end offset of the block opened at line `i`: the end of its last indented line.
function bodyEnd(lines: readonly Line[], i: number): number {
  return lines[indexAfterBody(lines, i) - 1]?.end ?? 0;
}

function nextCodeLine(lines: readonly Line[], from: number): number | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]?.head !== '') return j;
  return undefined;
}
