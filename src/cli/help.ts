// Help texts: what each command does, its options, exit codes and examples.

const COMMON = `Output and policy:
  -f, --format FORMAT     human (default), json or sarif
  -o, --output FILE       write the report to FILE instead of stdout
  -c, --config FILE       use this config instead of the nearest .stanch.yaml
      --baseline FILE     report only findings not recorded in FILE (see stanch baseline)
      --fail-on SEVERITY  lowest severity that fails the run: critical, high (default), medium, low
      --min-confidence C  lowest confidence that fails the run: high, medium (default), low
      --show-secrets      print secret values in clear (redacted everywhere by default)
      --no-suppress       ignore inline allows, allowlists and baselines; show everything
      --decode            also look inside base64 and hex strings (two levels deep)
  -j, --jobs N            detection threads (default: number of cores; history: one fewer, for git)
      --no-color          no colours (also NO_COLOR)
  -q, --quiet             print the human report only when something fails the run
  -h, --help              this help

Exit codes: 0 nothing at or above the threshold, 1 findings at or above it, 2 error (usage, config, git, I/O).`;

/** `stanch --help`. */
export const MAIN_HELP = `stanch: stop secrets and insecure configuration from entering git.

Usage: stanch <command> [options]

Commands:
  scan [PATH...]      scan files and directories (default .); - reads stdin
  staged              scan what the next commit will contain (pre-commit hook)
  history [RANGE...]  scan commits: all refs, or a range such as origin/main..HEAD
  init                install the pre-commit hook (husky or plain git hooks)
  baseline            record current findings so only new ones fail
  rules [test]        list the rules, or run every rule's examples

Run \`stanch <command> --help\` for the options of a command.
${COMMON}

Examples:
  stanch scan .
  stanch staged
  stanch history origin/main..HEAD -f sarif -o stanch.sarif
  echo "token=..." | stanch scan - --stdin-path config/.env
`;

/** `stanch scan --help`. */
export const SCAN_HELP = `Usage: stanch scan [PATH...] [options]
       stanch scan - [--stdin-path NAME] [options]

Scans files and directories (default: the current directory). In a git work tree it scans tracked and
untracked-but-not-ignored files; elsewhere it walks the tree and honours .gitignore files. .stanchignore
(gitignore syntax) excludes more. Dotfiles are scanned; .git/ never is. Dependency folders (node_modules,
vendor, .venv, ...) are skipped with a count unless you name them. Symlinks are never followed. Binary files
and files over --max-file-size are skipped and counted; path rules (a committed .env or private key) still apply.
Without -c, the config is the nearest .stanch.yaml above the scanned paths (up to their repository root), not
above the working directory; paths with different configs (or only some with one) are an error asking for -c.

Scan options:
      --stdin-path NAME     the path stdin is reported (and classified) as; default "stdin"
      --max-file-size SIZE  skip larger files (default 10MB; accepts KB, MB, GB)
      --skip-unreadable     count unreadable files and folders as skipped (default: an error, exit 2)

${COMMON}
`;

/** `stanch rules --help`. */
export const RULES_HELP = `Usage: stanch rules [-f human|json]
       stanch rules test [RULE-ID...]

Lists the built-in rules (id, kind, severity, confidence, title), or runs every rule's examples through the
detector and exits 1 if any misbehaves: a positive must fire, a negative must not, a lowered one must fire below
the blocking level.
`;

/** `stanch staged --help`. */
export const STAGED_HELP = `Usage: stanch staged [options]

The pre-commit job. Scans exactly what the next commit will contain: the index (staged) version of every added,
modified, renamed or copied file, never the working tree, and reports only findings on added lines. Works for
the first commit, for merges (pre-merge-commit) and with GIT_INDEX_FILE (git commit -a, git commit <paths>).
Binary files are skipped, but committing a file such as .env or id_rsa is still reported. Symlinks and
submodules are skipped and counted.

Allow a false positive with a comment on its line:  stanch:allow  (or  stanch:allow <rule-id> -- reason)
Emergency bypass (the secret still lands in history):  git commit --no-verify

Staged options:
      --max-file-size SIZE  skip larger files (default 10MB)

${COMMON}
`;

/** `stanch history --help`. */
export const HISTORY_HELP = `Usage: stanch history [RANGE...] [options]

Scans commits: all refs when no range is given (a full audit), or the commits in RANGE (e.g. origin/main..HEAD,
BASE...HEAD for CI). Every distinct blob is read and scanned once; each finding is attributed to the commit that
introduced it at that path, so renames, reverts and merges of already-scanned branches report nothing new, while a
secret added while resolving a merge conflict is caught. Findings say whether the secret is still in HEAD; the
human report lists the distinct secrets to rotate, newest first.

A cache of blobs already scanned clean lives in .git/stanch/ (keyed by the rule pack and stanch version); the
next run scans only new blobs. It is safe to delete.

History options:
      --since-commit SHA    shorthand for SHA..HEAD
      --no-cache            neither read nor write the cache
      --max-file-size SIZE  skip larger blobs (default 10MB)

${COMMON}
`;

/** `stanch init --help`. */
export const INIT_HELP = `Usage: stanch init [--dry-run]

Installs the pre-commit job. In a project that uses husky (a .husky/ folder or husky in package.json) it adds
\`stanch staged\` to .husky/pre-commit and .husky/pre-merge-commit; otherwise it writes plain git hooks in the
hooks folder (honouring core.hooksPath). Existing hook lines are kept; running it twice changes nothing.

Options:
      --dry-run   print what would change, change nothing
`;

/** `stanch baseline --help`. */
export const BASELINE_HELP = `Usage: stanch baseline [PATH...] [-o FILE] [--prune] [--reason TEXT]
       stanch baseline --history [RANGE...] [-o FILE] [--prune] [--reason TEXT]

Records the findings of a scan of PATH (default .) in a baseline file (default .stanch-baseline.json): sorted,
stable, one entry per finding with its fingerprint, rule id and path, no secret values and no line numbers.
Scans with --baseline FILE then report only findings that are not in it, and say when entries match nothing
any more. Running it again adds new findings and keeps existing entries and their reasons.

Options:
  -o, --output FILE   the baseline file (default .stanch-baseline.json)
      --prune         only remove entries that no longer match a finding
      --reason TEXT   reason recorded on new entries
      --history       record the findings of the git history (default: every commit) instead of files
  -c, --config FILE   config to apply (exclusions and rules) while scanning
`;
