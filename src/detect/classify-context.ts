import type { FileContext } from '../types.js';

// Where a file sits in a project. Anything but `code` lowers severity instead of hiding a finding.

/** A directory of tests, their fixtures or doubles anywhere in a path (`tests/`, `__mocks__/`, `spec/`). */
export const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|__mocks__|mocks?|spec|specs|testdata|test-data|fixtures?|testing|e2e|smoke)\//i;

// A JVM package named test under a main source root (`src/main/java/com/acme/test/`) is the app's own code.
const TEST_DIR_OUTSIDE_MAIN = new RegExp(String.raw`(?<!(?:^|\/)src\/main\/(?:java|kotlin|scala|groovy)(?:\/[\w.-]+)*)` + TEST_DIR.source, 'i');

const TEST: readonly RegExp[] = [
  TEST_DIR_OUTSIDE_MAIN,
  /(?:^|\/)[^/]+[._-](?:test|spec)s?\.(?!(?:md|mdx|markdown|rst|txt|adoc)$)[a-z0-9]+$/i, // app.test.js, user_spec.rb, handler-test.ts; not PROJECT_SPEC.md
  /(?:^|\/)test_[^/]+\.py$/i,
  /(?:^|\/)[^/]*[a-z0-9](?:Spec|Tests?|IT)\.(?:[cm]?[jt]sx?|java|kt|scala|groovy|cs|swift|m|dart|php)$/, // 2faSpec.js, UserServiceTest.java, OrderIT.kt, SettingTest.php (PHPUnit)
  /(?:^|\/)(?:mocks?|fakes?|dummy)[-_][^/]+\.[a-z0-9]+$|(?:^|\/)[^/]+[._-](?:mocks?|fakes?)\.[a-z0-9]+$/i, // mock_secrets.py, api.mock.ts
  /(?:^|\/)test[-_][^/]+\.[cm]?[jt]sx?$/i, // test-redact.js, test_client.ts
  /(?:^|\/)tests?\.(?:py|rb|js|ts)$/, // Django's app/tests.py
  /(?:^|\/)test_?settings\.py$/i, // Django test settings: testsettings.py
  /(?:^|\/)conftest\.py$/,
  /(?:^|\/)[^/]+_test\.go$/,
  /(?:^|\/)t\/(?:[^/]+\/)*[^/]+\.t$/, // Perl's test suites: t/verify.t (Test::More, Test::Nginx)
  // Test runners' configuration and set-up files: the environment they set is the tests' (APP_ENV: "test").
  /(?:^|\/)(?:playwright|jest|cypress|vitest|vite\.test|karma|wdio|nightwatch)\.conf(?:ig)?(?:\.[a-z]+)?\.[cm]?[jt]s$/i,
  /(?:^|\/)(?:jest|vitest)\.setup\.[cm]?[jt]sx?$|(?:^|\/)setupTests\.[cm]?[jt]sx?$/i,
];
const DOCS: readonly RegExp[] = [
  // Perl's POD too. Not a device's configuration saved as text (`core-sw1-running-config.txt`, `MX480-config.txt`, `r1-confg.txt`).
  /\.(?:md|mdx|markdown|rst|adoc|asciidoc|pod)$|(?:^|\/)(?!(?:[^/]*[-_.])?(?:running-config|startup-config|config|confg|cfg)(?:[-_.][^/]*)?\.txt$)[^/]*\.txt$/i,
  /\.d\.[cm]?ts$/, // TypeScript declarations: types and their doc comments, no values
  /(?:^|\/)(?:docs?|documentation|wiki)\//i,
  // A Python package's metadata, whose long description is its README (`PKG-INFO`, a wheel's `METADATA`).
  /(?:^|\/)PKG-INFO$|\.(?:egg|dist)-info\/(?:PKG-INFO|METADATA)$/,
];
const EXAMPLE: readonly RegExp[] = [
  // Not a JVM package path (`src/main/java/com/example/app/`, `…/java/com/nikidas/demo/viewer/`): the name Android and
  // Spring starters give every app, and a package name anywhere under a source root. Nor a Helm chart's `templates/`
  // (`helm-charts/api/templates/secret.yaml`): the manifests it deploys. The Azure SDKs keep theirs in `samples-dev/`.
  /(?:^|\/)(?<!(?:com|org|net|io)\/)(?<!\/(?:java|kotlin|scala|groovy)\/(?:[\w.-]+\/)*)(?:(?:examples?|samples?)(?:[-_]dev)?|demos?|(?<!(?:chart|helm)[^/]*\/(?:[^/]+\/){0,3})templates?|boilerplate|skeleton)\//i,
  /\.(?:example|sample|template|dist|tpl|tmpl)$/i,
  /(?:^|\/)\.env\.(?:example|sample|template|dist|defaults?)$/i,
  /(?:^|\/)[^/]*\.(?:example|sample|template)\.[a-z0-9]+$/i, // settings.example.py, local_settings.template.py
  /(?:^|\/)[^/]*\.dist\.(?:php|ya?ml|xml|ini|json|neon|conf|cfg)$/i, // Joomla's configuration.dist.php, config.dist.yml
  /(?:^|\/)(?:examples?|samples?)[-_.][^/]*$/i, // examples-1.json, sample_config.yaml
  /(?:^|\/)[^/]+[-_](?:example|sample)\.[a-z0-9]+$/i, // settings_example.py, prod_example.py, config-sample.js
  /(?:^|\/)(?<!\.steampipe\/)config\/[^/]+\.spc$/, // a Steampipe plugin's default config/<plugin>.spc, copied to every install
  /(?:^|\/)[^/]*(?:beispiel|ejemplo|exemplo|esempio|voorbeeld)[^/]*(?:\/|$)/i, // "example" in German, Spanish, Portuguese, Italian, Dutch
];
// The CI services whose runs a settings file can be named for.
const CI_RUNNERS = 'ci|travis|circleci|github|gitlab|jenkins';
const DEV: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|\/)settings\/(?:dev|development|local|test|e2e|${CI_RUNNERS})[^/]*\.py$`, 'i'), // CI runs: throwaway service databases
  // Not DVC's `.dvc/config.local`: the remote credentials DVC keeps out of git, not a developer's settings.
  /(?:^|\/)(?<!\.dvc\/)(?:settings|config)[._-](?:dev|development|local)[^/]*$/i,
  /(?:^|\/)(?:local|dev|development)[._-]?(?:settings|config)(?:[._-]overrides?)?\.py$/i, // local_settings.py (the developer's overrides), dev_settings.py, dev_settings_override.py
  /(?:^|\/)(?:[^/]*[._-])?(?:dev|development)(?:[._-][^/]*)?\.config\.[cm]?[jt]s$/i, // pm2-dev-process.config.js, webpack.dev.config.js
  // Phoenix's config/travis.exs; not GitLab Omnibus's own config/gitlab.rb, the server's settings.
  new RegExp(String.raw`(?:^|\/)config\/(?:environments\/)?(?!gitlab\.rb$)(?:dev|development|local|test|${CI_RUNNERS})\.[a-z]+$`, 'i'),
  new RegExp(String.raw`(?:^|\/)(?:[\w-]*settings[._-](?:${CI_RUNNERS})|(?:ci|travis)[._-]settings)\.py$`, 'i'), // local_settings.travis.py
  // Not `.env.local`: Next.js and Vite keep the real secrets there, often a copy of production's, and never commit it.
  /(?:^|\/)\.env\.(?:dev|development|test)(?:\.local)?$/i,
  /(?:^|\/)\.envs\/\.(?:local|dev|development|test)\/[^/]+$/i, // cookiecutter-django's committed development env files
  /(?:^|\/)\.flaskenv$/, // read by the `flask` command only, for local development
  /(?:^|\/)(?:[^/]*[._-])?(?:dev|development|local|tests?)(?:[._-][^/]*)?\.(?:sh|bash|zsh|ps1|bat|cmd)$/i, // dev.sh, run-local.sh, test-env.sh
  /(?:^|\/)Procfile\.(?:dev|development|local)$/i,
  /(?:^|\/)(?:Dockerfile\.(?:dev|development|local)|(?:dev|development|local)\.Dockerfile)$/i, // the image of a compose dev stack
  /\.(?:http|rest)$/i, // REST Client / JetBrains HTTP requests: a developer's calls, with the login tokens they got back
  // Compose files run local stacks, except the ones named for production or staging.
  /(?:^|\/)(?:docker-)?compose(?:[.-](?!(?:prod|production|staging|live)[._-])[a-z0-9_-]+)?\.ya?ml$/i, // also docker-compose-dev.yml
  /(?:^|\/)\.devcontainer\//i,
  /(?:^|\/)Vagrantfile$/, // a development VM on this machine, with the logins its provisioning script sets
];
// CI pipelines: their service containers hold throwaway logins, whatever environment a build step names.
const CI: readonly RegExp[] = [/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i, /(?:^|\/)\.gitlab-ci\.ya?ml$/i, /(?:^|\/)\.circleci\//i];

// Infrastructure code for an environment named test (`environments/test/main.tf`): a deployed cluster, not a test.
const DEPLOYED_TEST_ENV = /(?:^|\/)(?:environments?|envs?|live|stages?|deployments?)\/(?:tests?|testing)\/(?:[^/]+\/)*[^/]+\.(?:tf|tfvars|hcl)$/i;

/** The context of a repo-relative path: test, example, docs, dev or code (first match wins, in that order). */
export function classifyContext(path: string): FileContext {
  // A CI pipeline named for the tests it runs (`run_unit_tests.yml`) is a pipeline, with a pipeline's secrets.
  if (TEST.some((p) => p.test(path)) && !DEPLOYED_TEST_ENV.test(path) && !isCiConfig(path)) return 'test';
  if (EXAMPLE.some((p) => p.test(path))) return 'example';
  if (DOCS.some((p) => p.test(path))) return 'docs';
  if (DEV.some((p) => p.test(path)) || isCiConfig(path)) return 'dev';
  return 'code';
}

/** Whether a path is a CI pipeline's configuration (GitHub Actions, GitLab CI, CircleCI). */
export function isCiConfig(path: string): boolean {
  return CI.some((p) => p.test(path));
}

/**
 * Whether a path is an env file named for production (`.env.production`, `.env.prod`, `.env.live`, or one of
 * cookiecutter-django's `.envs/.production/.django`).
 */
export function isProductionEnvFile(path: string): boolean {
  return /(?:^|\/)(?:\.env\.(?:prod|production|live)|\.envs\/\.(?:prod|production)\/[^/]+)$/i.test(path);
}

// Config files only production reads: Phoenix's prod and release configs, a settings module or config file named
// for production, Spring's production profile, Ghost's config.production.json, ASP.NET's appsettings.Production.json.
const PRODUCTION_CONFIG = /(?:^|\/)(?:(?:releases|prod(?:uction)?(?:\.secret)?)\.exs|(?:settings|config)\/prod(?:uction)?\.(?:py|js|cjs|mjs|ts|json|ya?ml|rb|php|toml)|application-prod(?:uction)?\.(?:properties|ya?ml)|(?:config|appsettings)\.prod(?:uction)?\.json)$/i;

// Ansible's group and host vars: what a playbook sets on the servers it deploys (`db_host: 127.0.0.1` is the server's
// own database), unless the inventory is a development, Vagrant or test one.
const ANSIBLE_VARS = /(?:^|\/)(?:group|host)_vars\/(?:[^/]+\/)*[^/]+$/i;
const LOCAL_INVENTORY = /(?:^|[/_.-])(?:dev|develop|development|local|localhost|vagrant|test|testing|ci)(?:[/_.-]|$)/i;

/** Whether a path is a production-only config file, where a database on localhost is the production server's own. */
export function isProductionConfig(path: string): boolean {
  return isProductionEnvFile(path) || PRODUCTION_CONFIG.test(path) || (ANSIBLE_VARS.test(path) && !LOCAL_INVENTORY.test(path));
}

/**
 * Whether a path is a request tool's private credentials file (JetBrains HTTP Client's `http-client.private.env.json`),
 * whose top-level keys name the environments (`dev`, `local`) its logins are for: sections, not development blocks.
 */
export function isPrivateRequestEnvFile(path: string): boolean {
  return /(?:^|\/)[^/]*\.private\.env\.json$/i.test(path);
}

// A document whose values are the deployed or used ones, not samples. Named for the values a platform, a CI service or
// production is given (`RAILWAY_ENV_VARIABLES.md`, `render-env.md`, `docs/deployment/cloudflare-env-vars.md`,
// `SECRETS.md`, `CODEMAGIC_ENV_SETUP.md`): a list to paste into the dashboard. Or a project's own working note, named
// in capitals (`KYC_400_FIX.md`, `UBER_DIRECT_STATUS.md`, `HEROKU_DEPLOYMENT.md`, `RELATORIO_CORRECAO_KYC.md`), as a
// developer or a coding agent writes one while wiring a service up; not a library's standard documents (CHANGELOG,
// CONTRIBUTING, MIGRATION_GUIDE, RELEASE_NOTES); in capitals and named first for the variables (`ENV_VARIABLES.md`,
// `ENV_VARS_FOR_V0.md`, `ENV_AUDIT.md`; not a guide to them, `GET_ENV_VALUES.md`). Words are the name's parts split at
// `-`, `_`, `.` and spaces.
const PLATFORM_WORDS = new Set([
  'railway', 'render', 'heroku', 'vercel', 'netlify', 'fly', 'koyeb', 'cloudflare', 'codemagic', 'bitrise', 'circleci', 'eas',
  'aws', 'ec2', 'lightsail', 'gcp', 'azure', 'digitalocean', 'vps',
]);
const DEPLOY_WORDS = new Set([...PLATFORM_WORDS, 'production', 'prod', 'deploy', 'deployment', 'ci', 'actions']);
const VARIABLE_WORDS = new Set(['env', 'environment', 'variables', 'vars', 'secrets']);
const NOTE_WORDS = new Set([
  'fix', 'fixes', 'fixed', 'complete', 'completed', 'status', 'checklist', 'troubleshooting', 'summary', 'context',
  'plan', 'phase', 'phases', 'steps', 'setup', 'credentials', 'keys', 'tokens', 'handoff', 'progress', 'implementation',
  'integration', 'start', 'quickstart', 'relatorio', 'correcao', 'atualizado', 'configuracao', 'contexte', 'contexto',
  'connection', 'connections', 'access', 'accounts', 'logins', 'passwords', 'servers', 'credenciais', 'acessos', 'senhas',
]);
// A working note may also be one word in capitals (`CONTEXTE.md`, `CREDENTIALS.md`, `HANDOFF.md`), not a standard
// document's name.
// A coding agent's memory of the project (`CLAUDE.md`, `AGENTS.md`) is one too: it records the setup it was given.
const NOTE_NAMES = new Set(['context', 'contexte', 'contexto', 'credentials', 'passwords', 'accounts', 'logins', 'servers', 'access', 'tokens', 'keys', 'handoff', 'claude', 'agents']);

/** Whether a path is a document listing a deployment's variables or secrets, or a working note of the project itself. */
export function isPastedValuesDoc(path: string): boolean {
  const name = /(?:^|\/)([^/]+)\.(?:md|mdx|markdown|txt)$/i.exec(path)?.[1];
  if (name === undefined) return false;
  const words = name.toLowerCase().split(/[-_. ]+/);
  if (name.toLowerCase() === 'secrets' || (words.some((w) => DEPLOY_WORDS.has(w)) && words.some((w) => VARIABLE_WORDS.has(w)))) return true;
  if (/\.(?:md|txt)$/.test(path) && /^[A-Z]+$/.test(name)) return NOTE_NAMES.has(words[0] ?? '');
  const note = /\.(?:md|txt)$/.test(path) && /^[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/.test(name);
  // Named for the variables (`ENV_VARIABLES.md`, `ENV_AUDIT.md`), a note of the project's values; under `docs/`, one named
  // for them alone (`ENVIRONMENT_VARIABLES.md`) is the reference table of what to set.
  const reference = /(?:^|\/)docs?\//i.test(path) && words.every((word) => VARIABLE_WORDS.has(word));
  const variables = VARIABLE_WORDS.has(words[0] ?? '') && !reference;
  return note && (variables || words.some((word) => NOTE_WORDS.has(word) || PLATFORM_WORDS.has(word)));
}
