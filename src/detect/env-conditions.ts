// Whether an `if` condition holds only outside production (a debug or test flag, a development environment, a CI
// variable, a platform's variable being absent, a Windows or macOS machine) or only in production: what decides a
// development block.

/** The words that name a development, test or CI environment, as a regex source. */
export const DEV_WORD = String.raw`(?:dev|development|local|test|testing|ci)`;
// Variables a platform sets in every deployed app (Heroku's DYNO, Render's RENDER, Railway's, Fly's, Vercel's).
const PLATFORM_MARKER = String.raw`(?:ON_HEROKU|DYNO|RENDER|RAILWAY_ENVIRONMENT(?:_NAME)?|FLY_APP_NAME|VERCEL|KOYEB_APP_NAME)`;
/** The words that name a production environment, as a regex source. */
export const PROD_WORD = String.raw`(?:prod|production|live)`;
// The environment objects of Ruby and Crystal frameworks (`Rails.env.production?`, Lucky's `LuckyEnv.production?`) and
// Elixir's build environment (`Mix.env() == :prod`, `config_env() == :prod`).
const RUBY_ENV = String.raw`(?:Rails\.env|LuckyEnv|Lucky::Env|Hanami\.env|Amber\.env)`;
const ELIXIR_ENV = String.raw`(?:Mix\.env|config_env)(?:\(\))?`;
// A condition true only outside production: a debug or test flag, a development environment, a CI variable.
const DEV_CONDITION = new RegExp(
  [
    String.raw`\b(?:DEBUG|TESTING|debug|isDev\w*|IsDevelopment|isLocal|isTest\w*|IS_DEV\w*|IS_LOCAL|IS_TEST\w*|__DEV__|kDebugMode)\b`,
    String.raw`(?:(?<![!=])===?|\bis\b|\beq\b)[ \t]*["']${DEV_WORD}["']`,
    String.raw`["']${DEV_WORD}["'][ \t]*(?:===?|\bin\b)`,
    String.raw`(?:!==?|\bis not\b)[ \t]*["']${PROD_WORD}["']`,
    String.raw`\b(?:GITHUB_WORKFLOW|GITHUB_ACTIONS|GITLAB_CI|CIRCLECI|TRAVIS)\b|["']CI["']|\benv\.CI\b`,
    String.raw`\b${RUBY_ENV}\.(?:development|test)\?`,
    String.raw`\b${ELIXIR_ENV}[ \t]*===?[ \t]*:(?:dev|test)\b`,
    String.raw`["']${PLATFORM_MARKER}["'][ \t]+not[ \t]+in\b`,
    String.raw`!\s*app\.isPackaged\b`, // Electron: running from source, not from the built app
    // A developer's Windows or macOS machine (`if os.name == 'nt':`); the servers these apps deploy to run Linux.
    String.raw`\bos\.name[ \t]*==[ \t]*["']nt["']|\b(?:sys|process)\.platform[ \t]*(?:===?[ \t]*|\.startswith\([ \t]*)["'](?:win32|darwin)["']|\bplatform\.system\(\)[ \t]*==[ \t]*["'](?:Windows|Darwin)["']`,
  ].join('|'),
);
// A condition true in production: the production environment, or a negated debug flag (`not DEBUG`, `!isDev`).
const PROD_CONDITION = new RegExp(
  [
    String.raw`(?:(?<![!=])===?|\bis\b)[ \t]*["']${PROD_WORD}["']`,
    String.raw`["']${PROD_WORD}["'][ \t]*===?`,
    String.raw`(?:!==?|\bis not\b)[ \t]*["']${DEV_WORD}["']`,
    String.raw`(?:\bnot[ \t]+|!)[ \t]*(?:\w+\.)*(?:DEBUG|TESTING|debug|isDev\w*|IsDevelopment|isLocal|IS_DEV\w*)\b`,
    String.raw`\b(?:isProd\w*|IS_PROD\w*|IsProduction|kReleaseMode)\b|\b${RUBY_ENV}\.production\?|\b${ELIXIR_ENV}[ \t]*===?[ \t]*:prod\b|(?<!!\s*)\bapp\.isPackaged\b`,
    // A flag that turns debugging off (`'DJANGO_DEBUG_FALSE' in os.environ`, the Testing Goat book's switch).
    String.raw`\b\w*DEBUG_(?:FALSE|OFF)\b`,
    // Running on a platform: its marker variable is set (`'ON_HEROKU' in os.environ`, `os.environ.get('RENDER')`).
    String.raw`["']${PLATFORM_MARKER}["'][ \t]*(?:in\b|\))`,
  ].join('|'),
);
const PROD_CONDITIONS = new RegExp(PROD_CONDITION.source, 'g');

/** 'dev' when a condition holds only outside production, 'prod' when only in production, else undefined. */
export function judgeCondition(condition: string): 'dev' | 'prod' | undefined {
  const prod = PROD_CONDITION.test(condition);
  const dev = DEV_CONDITION.test(condition.replace(PROD_CONDITIONS, ' '));
  if (dev && !prod) return 'dev';
  return prod && !dev ? 'prod' : undefined;
}
