import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 145 to 152 (Laravel and Symfony, Go services, Supabase and Firebase
// apps, Rails and Sinatra, Java and Kotlin back ends, Python API services, JS monorepos). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 145: Laravel and Symfony', () => {
  it('blocks a committed config cache, the APP_KEY and production debug in it, and CORS echoing every origin with credentials', () => {
    const cache = "<?php return array (\n  'app' => \n  array (\n    'env' => 'production',\n    'debug' => true,\n    'key' => 'base64:Rw3kT9xQ2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9tT5eA4=',\n";
    expect(blockingIds('bootstrap/cache/config.php', cache)).toEqual(['laravel-config-cache-file', 'laravel-debug-production', 'laravel-app-key']);
    const cors = "<?php\nreturn [\n    'allowed_origins' => ['*'],\n    'max_age' => 0,\n    'supports_credentials' => true,\n];\n";
    expect(blockingIds('config/cors.php', cors)).toEqual(['laravel-cors-credentials-wildcard']);
    expect(blockingIds('config/cors.php', cors.replace('true', 'false'))).toEqual([]);
  });

  it('blocks Guzzle or Http requests that send a login with verify off, and only reports one without', () => {
    const login = "$response = Http::withOptions([\n    'verify' => false,\n])->withHeaders([\n    'Authorization' => session()->get('token'),\n])->get($url);\n";
    expect(blockingIds('app/Http/Controllers/QueryController.php', login)).toEqual(['php-login-tls-unverified']);
    expect(scan('app/Helpers/FileDownloader.php', "$response = Http::withOptions(['verify' => false, 'sink' => $path])->get($url);\n")).toEqual([{ ruleId: 'php-tls-verify-disabled', blocking: false }]);
  });

  it("does not take Pusher's public app key in a notes file for a secret", () => {
    expect(blockingIds('pusher-notes.txt', 'PUSHER_APP_KEY=d6291c7e2a4f6b8d0c1e\n')).toEqual([]);
  });

  it('reads setting names of up to six segments before the secret word', () => {
    expect(blockingIds('config.py', 'PASSPORT_PERSONAL_ACCESS_CLIENT_SECRET = "hCIHq8vTz2mXk4Lp9WnRb7YcHx4kW9pQ2mZr7Tn5"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 146: Go web services', () => {
  it('blocks a mail password written into smtp.PlainAuth or gomail, not a variable or placeholder', () => {
    expect(blockingIds('internal/mail/confirm.go', 'auth := smtp.PlainAuth("", "shop.fake@gmail.com", "wqzhrnvbkmtpxldj", "smtp.gmail.com")\n')).toEqual(['go-smtp-login-password']);
    expect(blockingIds('mailer/send.go', 'd := gomail.NewDialer("smtp.yandex.ru", 465, "bot.fake@yandex.ru", "qwe123Bot")\n')).toEqual(['go-smtp-login-password']);
    expect(blockingIds('internal/mail/confirm.go', 'auth := smtp.PlainAuth("", from, os.Getenv("SMTP_PASSWORD"), host)\n')).toEqual([]);
  });

  it("blocks beego's CORS plugin with every origin and credentials", () => {
    const filter = 'beego.InsertFilter("*", beego.BeforeRouter, cors.Allow(&cors.Options{\n\tAllowOrigins:     []string{"*"},\n\tAllowMethods:     []string{"GET", "POST"},\n\tAllowCredentials: true,\n}))\n';
    expect(blockingIds('main.go', filter)).toEqual(['beego-cors-wildcard-credentials']);
    expect(blockingIds('main.go', filter.replace('true', 'false'))).toEqual([]);
  });

  it('lowers a URL login blanked by hand (a stand-in user with a digit run)', () => {
    const uri = (login: string): string => `client, _ := mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://${login}@cluster0.ab1cd.mongodb.net/"))\n`;
    expect(scan('helper/connectDB.go', uri('unknown:12345'))).toEqual([{ ruleId: 'database-url-password', blocking: false }]);
    expect(blockingIds('helper/connectDB.go', uri('ricardo:12345'))).toEqual(['database-url-password']);
  });
});

describe('sample 147: Supabase and Firebase apps', () => {
  it("reads Supabase's db.supabase.co without a project ref as a documentation host", () => {
    const url = (host: string): string => `shown = _redact("postgresql://postgres:SuperSecret123@${host}:5432/postgres")\n`;
    expect(blockingIds('worker/tests/test_journal_pg.py', url('db.supabase.co'))).toEqual([]);
    expect(blockingIds('worker/tests/test_journal_pg.py', url('db.qwhdkeoplmnbvcxzsart.supabase.co'))).toEqual(['database-url-password']);
  });

  it('blocks an Agora App Certificate, not the public App ID', () => {
    expect(blockingIds('RENDER_DEPLOYMENT.md', 'AGORA_APP_ID=8f2c4a1e9b7d3f6a0c5e2b8d4f1a7c9e\nAGORA_APP_CERTIFICATE=a86f1c9e2b7d4a3f8e6c0b5d9a2f7e1c\n')).toEqual(['agora-app-certificate']);
  });
});

describe('sample 151: Python API services', () => {
  it('follows a wildcard origins list of any name, also over several lines, into CORSMiddleware with credentials', () => {
    const app = (list: string): string => `${list}\n\napp.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_credentials=True)\n`;
    expect(blockingIds('api/app.py', app('ALLOWED_ORIGINS = ["*"]'))).toEqual(['cors-wildcard-credentials']);
    expect(blockingIds('api/app.py', app('ALLOWED_ORIGINS = [\n    "*"\n]'))).toEqual(['cors-wildcard-credentials']);
    expect(blockingIds('api/app.py', app('ALLOWED_ORIGINS = ["https://shop.io"]'))).toEqual([]);
  });

  it('does not block DEBUG = True whose own comment says it is for development', () => {
    expect(blockingIds('config.py', 'APP_NAME = "SanicDemo"\nDEBUG = True  # Enable debug mode for development\n')).toEqual([]);
    expect(blockingIds('config.py', 'APP_NAME = "Shop"\nDEBUG = True  # TODO: turn off\n')).toEqual(['django-debug-true']);
  });
});

describe('sample 152: monorepos and tooling', () => {
  it('blocks Nx Cloud read-write tokens anywhere, read-only ones nowhere', () => {
    const token = 'NGYxYTJiOWMtN2UzZC00OGE2LTljMTUtM2QyZThmNmE0YjBjfHJlYWQtd3JpdGU=';
    expect(blockingIds('README.md', `Claim it: https://cloud.nx.app/orgs/workspace-setup?accessToken=${token}\n`)).toEqual(['nx-cloud-access-token']);
    expect(blockingIds('nx.json', '{ "nxCloudAccessToken": "YTljNGUxZjItM2I3ZC00NmU4LThjMGEtMWY0YjdlMmQ5YzZhfHJlYWQtb25seQ==" }\n')).toEqual([]);
  });

  it('reads a Supabase service-role JWT whose payload is pretty-printed', () => {
    expect(blockingIds('cypress.env.json', '{ "SUPABASE_SERVICE_KEY": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.ewogICJyb2xlIjogInNlcnZpY2Vfcm9sZSIsCiAgImlzcyI6ICJzdXBhYmFzZSIsCiAgImlhdCI6IDE3MzU2ODk2MDAsCiAgImV4cCI6IDE4OTM0NTYwMDAKfQ.Qm7vTk2zXp9Lw4Rt8YcHx4kW9pQ2mZr7Tn5VbJf6GsA" }\n')).toEqual(['supabase-service-role-key']);
  });

  it('lowers a scanner test case typed twice after a prefix and a .netrc entry on example.com', () => {
    expect(blockingIds('tests/test_secret_detection.py', '    "WEBHOOK_SECRET=whsec_AbCdEf1234567890AbCdEf1234567890ZZ",\n')).toEqual([]);
    expect(blockingIds('internal/scan/kinds_test.go', '{"netrc", "machine api.example.com login bob password s3cr3t-value-x9"},\n')).toEqual([]);
  });

  it('reads a Maps key beside the Maps JavaScript libraries list as the browser key', () => {
    const env = "export const environment = {\n  MAPS_API_KEY: 'AIzaSyD7hWq3mJ9cXe5Ln1Bs8Ku4Ro6Tf2Gv0Pi',\n  MAPS_LIBS: ['geometry', 'drawing', 'places'],\n};\n";
    expect(blockingIds('apps/web/src/environments/environment.ts', env)).toEqual([]);
  });
});

describe('sample 150: Java and Kotlin back ends', () => {
  it('blocks a Vert.x client that trusts every certificate and sends a login; reports one without', () => {
    const client = 'client = WebClient.create(vertx, new WebClientOptions().setSsl(true).setTrustAll(true));\n';
    expect(blockingIds('src/main/java/dma/DMAServiceImpl.java', `${client}client.get(443, host, "/api").putHeader("Authorization", auth).send();\n`)).toEqual(['vertx-login-trust-all']);
    expect(scan('src/main/java/lambda/JokeFunction.java', client)).toEqual([{ ruleId: 'vertx-trust-all', blocking: false }]);
  });

  it("blocks Micronaut's documented JWT secret in effect, a Basic header set by name, and a Quarkus mailer app password", () => {
    expect(blockingIds('src/main/resources/application.yml', '        generator:\n          secret: pleaseChangeThisSecretForANewOne\n')).toEqual(['micronaut-default-jwt-secret']);
    expect(blockingIds('src/main/resources/application.yml', "          secret: '\"${JWT_GENERATOR_SIGNATURE_SECRET:pleaseChangeThisSecretForANewOne}\"'\n")).toEqual([]);
    expect(blockingIds('src/Dma.java', 'req.putHeader("Authorization", "Basic YWRtaW46UTd2VGsyelhwOUx3");\n')).toEqual(['http-authorization-header']);
    expect(blockingIds('README.md', '%prod.quarkus.mailer.host=smtp.gmail.com\n%prod.quarkus.mailer.password=wqzhrnvbkmtpxldj\n')).toEqual(['gmail-app-password']);
  });
});

describe('sample 149: Rails and Sinatra apps', () => {
  it('blocks a Ruby request that sends an API key or an OAuth secret without checking the certificate; reports one without', () => {
    const yottaa = "https.verify_mode = OpenSSL::SSL::VERIFY_NONE\nreq = Net::HTTP::Get.new(path)\nreq['YOTTAA-API-KEY'] = @api_key\n";
    expect(blockingIds('lib/yottaa.rb', yottaa)).toEqual(['ruby-login-tls-unverified']);
    const omniauth = "  provider :github, ENV['GH_ID'], ENV['GH_SECRET'], {:client_options => {:ssl => {:verify => false}}}\n";
    expect(blockingIds('config/initializers/omniauth.rb', omniauth)).toEqual(['ruby-login-tls-unverified']);
    expect(scan('lib/feed.rb', "http.verify_mode = OpenSSL::SSL::VERIFY_NONE\nres = http.get('/feed.xml')\n")).toEqual([{ ruleId: 'ruby-tls-verify-disabled', blocking: false }]);
  });
});
