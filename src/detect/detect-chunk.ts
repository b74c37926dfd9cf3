import type { Chunk, Finding, FileContext, LineRange, RulePack } from '../types.js';
import { SEVERITIES } from '../types.js';
import { adjustForContext, describeFinding, lowersRule, type HitTraits } from './adjust-for-context.js';
import { classifyContext, isCiConfig, isPastedValuesDoc, isPrivateRequestEnvFile, isProductionConfig, isProductionEnvFile } from './classify-context.js';
import { detectContentHits, type ContentHit } from './content-hits.js';
import { computeFingerprint } from './fingerprint.js';
import { isGenericExemptPath } from './generic-filters.js';
import { isGuessable } from './judge-setting.js';
import { PUBLIC_KEY_REASON } from './judge-value.js';
import { markBesideLiveKeys } from './live-neighbours.js';
import { keepCodeUrlPassword, keepProductionPassword } from './password-grades.js';
import { keepOneFindingPerValue } from './one-per-value.js';
import { preparePack, type PreparedRule } from './prepare-pack.js';
import { readPasetoExpiry } from './paseto-claims.js';
import { readJwtExpiry } from './sample-jwt.js';
import { isNamedLikeTest } from './test-scripts.js';

// Detection entry point: text and a compiled pack in, findings out. Pure and synchronous.

/** What detection reads from a chunk. */
export type DetectInput = Pick<Chunk, 'path' | 'text' | 'reportLines' | 'binary' | 'renamedFrom'>;

/** Findings in a chunk, ordered by position then rule id. */
export function detectChunk(chunk: DetectInput, pack: RulePack): Finding[] {
  // Rules whose hits the path would drop (file globs, generic rules in lock and minified files) are not run.
  const hits = chunk.binary ? [] : detectContentHits(chunk.text, pack, { only: appliesAt(chunk.path) });
  const { reportLines, renamedFrom } = chunk;
  return findingsAtPath(hits, chunk.path, pack, { ...(reportLines === undefined ? {} : { reportLines }), ...(renamedFrom === undefined ? {} : { renamedFrom }) });
}

/** Options of `findingsAtPath`. */
export interface AtPathOptions {
  /** Only findings touching these lines are kept. */
  reportLines?: readonly LineRange[];
  /** Whether path rules (the file itself is the finding) apply; default true. */
  pathRules?: boolean;
  /** The old path of a renamed or copied file: path rules report only if it did not match, lines aside. */
  renamedFrom?: string;
}

/**
 * The path-dependent half of detection: keeps the hits whose rule applies at `path` (file globs, lock and
 * minified files for generic rules), adds path rules, and sets context, severity and fingerprints.
 */
export function findingsAtPath(found: readonly ContentHit[], path: string, pack: RulePack, options: AtPathOptions = {}): Finding[] {
  const prepared = preparePack(pack);
  const hits = isProductionConfig(path) ? found.map(keepProductionPassword) : found;
  const context = classifyContext(path);
  const applies = appliesAt(path);
  // A hit in a file the script writes (a here-document's body) counts where its rule applies at that file, unless the
  // script's own scan made the same hit (its rule applies at both paths).
  let here: Set<string> | undefined; // built on the first such hit: most files have none
  const madeHere = (id: number, at: number): boolean =>
    (here ??= new Set(hits.filter((hit) => hit.embeddedPath === undefined).map((hit) => `${hit.rule}:${hit.secretStart}`))).has(`${id}:${at}`);
  const appliesToHit = (rule: PreparedRule, { embeddedPath, rule: id, secretStart }: ContentHit): boolean =>
    embeddedPath === undefined ? applies(rule) : !(applies(rule) && madeHere(id, secretStart)) && appliesAt(embeddedPath)(rule);
  const kept = hits.filter((hit) => {
    const rule = prepared.rules[hit.rule];
    if (rule === undefined || !appliesToHit(rule, hit)) return false;
    // A guessable literal in a test, docs, example or dev file or block is sample data, not a leak.
    return hit.grade !== 'weak' || hitContext(rule, hit, path, context) === 'code';
  });
  const findings: Finding[] = [];
  const { renamedFrom, reportLines } = options;
  // Whether a secret rule of high or critical severity found a value in the file that is not weak (a local
  // database's login, a browser key, a guessable word; an OAuth client id is low) and that its context leaves at
  // confidence medium or more (a generic value in a file that declares APP_ENV=dev, Symfony's committed `.env`, is
  // lowered; a provider key is not): a `.env` of placeholders, public settings and development values is not a leak
  // yet, and its DEBUG=True is a developer's (`lowWithoutSecrets`) unless its text declares production. Counted after
  // one finding per value: a Stripe test key is low, whatever the generic rule shadowed by it would have said.
  const unique = markBesideLiveKeys(keepOneFindingPerValue(kept.map(keepCodeUrlPassword), prepared.rules), prepared.rules);
  const holdsSecrets = unique.some((hit) => {
    const rule = prepared.rules[hit.rule];
    if (rule === undefined || rule.rule.kind !== 'secret' || SEVERITIES.indexOf(rule.rule.severity) > 1 || hit.grade === 'weak') return false;
    return adjustForContext(rule.rule, hitContext(rule, hit, path, context)).confidence !== 'low';
  });
  // A content finding whose rule names a path rule in `supersedes` says all it would (the key in a committed id_rsa).
  const superseded = new Set(unique.flatMap((hit) => prepared.rules[hit.rule]?.rule.supersedes ?? []));
  for (const rule of options.pathRules === false || !prepared.mayMatchPath(path) ? [] : prepared.rules) {
    if (!rule.pathOnly?.test(path) || !rule.appliesTo(path) || superseded.has(rule.rule.id)) continue;
    const finding = pathFinding(rule, path, context, rule.rule.lowWithoutSecrets === true && !holdsSecrets);
    // A renamed file reports what its new name newly matches (config.txt -> .env), whatever lines changed.
    if (renamedFrom !== undefined ? !rule.pathOnly.test(renamedFrom) : touchesRanges(finding, reportLines)) findings.push(finding);
  }
  for (const hit of unique) {
    const rule = prepared.rules[hit.rule];
    if (rule === undefined) continue;
    const unfilled = rule.rule.lowWithoutSecrets === true && !holdsSecrets && hit.prodFile !== true;
    const finding = contentFinding(rule, unfilled ? { ...hit, grade: 'unfilled' } : hit, path, context);
    if (touchesRanges(finding, reportLines)) findings.push(finding);
  }
  return findings
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

// Whether a rule's content hits count at `path`: its file globs, and no generic rule in lock or minified files.
function appliesAt(path: string): (rule: PreparedRule) => boolean {
  const exempt = isGenericExemptPath(path);
  return (rule) => rule.appliesTo(path) && !(rule.rule.generic && exempt);
}

function contentFinding(prepared: PreparedRule, hit: ContentHit, path: string, context: FileContext): Finding {
  return makeFinding(prepared, path, hitContext(prepared, hit, path, context), { ...hit, redact: prepared.rule.redact }, hit);
}

// A hit in a development-only block of a code file (`class DevelopmentConfig`, `if settings.DEBUG:`), or in a file
// the rule reads as development tooling (its `devFiles`), is in a dev context; one in a file whose path says
// development but whose text declares production (`.flaskenv` with FLASK_ENV=production) is not, unless it is a CI
// pipeline (a build step's NODE_ENV=production says nothing about its service containers' logins). A password of a
// database or mail server on the internet is in effect wherever it is written: a development login to RDS opens RDS,
// one to smtp.gmail.com a real mailbox, and a random one a README gives beside a Render database's host opens that
// database (a guessable one there is a guide's filler).
// A doc's generic secret beside a live provider key is read as the code it was pasted from, and a script named like a
// test that calls a live service and tests nothing (`test-clover.js`, a shell `test-redeploy.sh`, named as a
// development script) as code.
function hitContext(rule: PreparedRule, hit: ContentHit, path: string, named: FileContext): FileContext {
  const context = (named === 'test' || named === 'dev') && hit.liveScript === true && isNamedLikeTest(path) ? 'code' : named;
  // So is any secret in a doc that declares production and no development environment (`NODE_ENV=production` in
  // the env block of a deploy guide), one named for a platform's variables or in a block introduced as them, or a
  // project's own working note (`KYC_400_FIX.md`): the values there are the deployed or used ones. The name is read
  // only for documents.
  if (context === 'docs') {
    const deployed = rule.rule.kind === 'secret' && (hit.prodFile === true || hit.deployBlock === true || isPastedValuesDoc(path));
    if (hit.besideLiveKey === true || deployed) return 'code';
    // A block the doc quotes that declares development (`APP_ENV=dev` over Symfony's committed APP_SECRET) is one,
    // for a rule a development file lowers; one a development file leaves alone keeps the doc's lowering.
    if (hit.devBlock === true && !isProductionEnvFile(path) && lowersRule(rule.rule, 'dev')) return 'dev';
  }
  if (hit.managedHost === true) return context === 'dev' || (context === 'docs' && !isGuessable(hit.secret)) ? 'code' : context;
  // A setting in a Dockerfile's build stage (`ENV NEXTAUTH_SECRET=default` so `next build` runs) never reaches the
  // image that runs; a key written there is still in the repository.
  if (hit.buildStage === true && rule.rule.kind === 'misconfig' && context === 'code') return 'dev';
  const file = context === 'dev' && hit.prodFile === true && !isCiConfig(path) ? 'code' : context;
  // A file named for production (`.env.production`) is production's, whatever APP_ENV it leaves at local; a request
  // tool's private env file holds the logins of every environment it names.
  const devBlock = hit.devBlock === true && !isProductionEnvFile(path) && !isPrivateRequestEnvFile(path);
  // A rule's development tooling (`*.config.js`) that declares production (pm2's ecosystem.config.cjs) is production's.
  return file === 'code' && (devBlock || (rule.isDevFile(path) && hit.prodFile !== true)) ? 'dev' : file;
}

// The file itself is the finding: reported at 1:1, and the path is not a secret.
function pathFinding(prepared: PreparedRule, path: string, context: FileContext, unfilled: boolean): Finding {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1, secret: path, lineText: '', redact: false };
  return makeFinding(prepared, path, context, at, unfilled ? { grade: 'unfilled' } : {});
}

type Located = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'secret' | 'lineText' | 'redact'>;

function makeFinding({ rule }: PreparedRule, path: string, context: FileContext, at: Located, hit: HitTraits = {}): Finding {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    ...adjustForContext(rule, context, hit.grade),
    title: rule.title,
    message: describeFinding(rule.title, rule.kind, context, hit, lowersRule(rule, context)),
    path,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    secret: at.secret,
    lineText: at.lineText,
    redact: at.redact,
    fingerprint: computeFingerprint(rule.id, at.secret, path),
    context,
    ...(hit.grade === 'weak' && hit.why === PUBLIC_KEY_REASON ? { publicByDesign: true } : {}),
    ...expiryOf(at),
  };
}

// A token's own end of life, for the scan to compare with its clock (src/pipeline/lower-expired.ts).
function expiryOf(at: Located): Pick<Finding, 'expiresAt'> {
  const expiresAt = at.redact ? (readJwtExpiry(at.secret) ?? readPasetoExpiry(at.secret)) : undefined;
  return expiresAt === undefined ? {} : { expiresAt };
}

function touchesRanges(finding: Finding, ranges: readonly LineRange[] | undefined): boolean {
  if (ranges === undefined) return true;
  return ranges.some(([from, to]) => finding.line <= to && finding.endLine >= from);
}
