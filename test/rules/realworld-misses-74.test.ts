import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 731 onwards, and misses left open by earlier samples. Every value is invented, except the published docs
// values that must stay silent.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('misses left open by samples 701 and 715', () => {
  it("blocks each secret of an Ory Kratos or Hydra config's secrets lists, not the docs' stand-ins", () => {
    const kratos = 'version: v1\nsecrets:\n  cookie:\n    - PLEASE-CHANGE-ME-I-AM-VERY-INSECURE\n  cipher:\n    - Rqz9fSEsk0uPYWKIHAwu0YkFvumdl3P5\nselfservice:\n  default_browser_return_url: http://127.0.0.1:4455/\n';
    expect(blockingIds('kratos/kratos.yml', kratos)).toEqual(['ory-config-secret']);
    const hydra = 'secrets:\n  system:\n    - "JnT9tgmYGvpieiW3c13pBiBt1QI18o5Z"\n    - 1De0K6rjjj4lktznYIAVeB1z0TSJgVq3\n';
    expect(blockingIds('deploy/hydra.yaml', hydra)).toEqual(['ory-config-secret']);
    const docs = 'secrets:\n  cookie:\n    - youReallyNeedToChangeThis\n  cipher:\n    - 32-LONG-SECRET-NOT-SECURE-AT-ALL\n';
    expect(blockingIds('contrib/quickstart/kratos/kratos.yml', docs)).toEqual([]);
  });

  it('blocks a Paytm merchant key kept as a plain merchantKey in a file that uses the Paytm SDK', () => {
    const sdk = "import Paytm from 'paytm-pg-node-sdk';\nconst mid = 'Abcdef12345678901234';\nconst merchantKey = 'Zq7#k2LpX9w&Rt4v';\n";
    expect(blockingIds('src/payments/paytm.ts', sdk)).toEqual(['paytm-merchant-key']);
    expect(blockingIds('src/payments/gateway.ts', "const merchantKey = 'Zq7#k2LpX9w&Rt4v';\n")).toEqual([]);
  });
});

describe('samples 731 to 738: weather stations, energy, Latin American payments, document AI, Oracle, hosting panels, RADIUS, IBM i', () => {
  it('blocks an Oracle password on a SQL*Loader, SQL*Plus or Data Pump command line, not variables or tutorial logins', () => {
    expect(blockingIds('scripts/load_recif.sh', 'sqlldr USERID=dnq_maj/9kMLH25BuhUlx2@ordb019:10301/DNQA control=recif.ctl\n')).toEqual(['oracle-tool-login']);
    expect(blockingIds('nightly.sh', 'sqlplus -s app_owner/f5EFL3hpu2vc1M@//db.shop.io:1521/ORCL <<EOF\n@refresh.sql\nEOF\n')).toEqual(['oracle-tool-login']);
    expect(blockingIds('backup/expdp.par', 'userid=pousada/Q5ZIqW9lZBlJjl@XE\ndirectory=DATA_PUMP_DIR\n')).toEqual(['oracle-tool-login']);
    const stock = 'sqlplus scott/tiger@localhost:1521/XEPDB1\nsqlplus -s "$DB_USER/$DB_PASS@$DB_TNS" @x.sql\nsqlplus / as sysdba\nsqlplus test/test@xe\n';
    expect(blockingIds('run.sh', stock)).toEqual([]);
  });

  it('blocks an Oracle password passed by position or in one user/password string to cx_Oracle or python-oracledb', () => {
    expect(blockingIds('hr/db.py', 'con = cx_Oracle.connect("hr_app", "Jfm7zm4AJmgB0S", "10.251.68.133:1521/HRSYS")\n')).toEqual(['oracle-client-connect-password']);
    expect(blockingIds('app/db.py', 'conn = oracledb.connect("python/lRUM3759euBQ6H@db.shop.io/orclpdb1")\n')).toEqual(['oracle-client-connect-password']);
    expect(blockingIds('app/db.py', 'conn = cx_Oracle.connect("hr/hr@localhost/XEPDB1")\n')).toEqual([]);
  });

  it('reads SQLAlchemy URLs of other databases and drivers with underscores as database URLs', () => {
    const ibm = 'engine = create_engine("ibm_db_sa://dbuser:Pq7vLm2xRk9wHp4dN@db2.shop.io:50000/BLUDB")\n';
    expect(blockingIds('app/db.py', ibm)).toEqual(['database-url-password']);
    const oracle = 'ORACLE_URL=oracle+cx_oracle://hr_app:Xk82jd9Qw7@db.shop.io:1521/?service_name=ORCLPDB1\n';
    expect(blockingIds('deploy/app.env', oracle)).toEqual(['database-url-password']);
    expect(blockingIds('app/db.py', 'e = create_engine("mysql+mysql_connector://shop:Pq7vLm2xRk9wHp4dN@db.shop.io/shop")\n')).toEqual(['database-url-password']);
  });

  it('blocks a jt400 password passed by position to new AS400', () => {
    expect(blockingIds('src/main/java/erp/Carga.java', '    AS400 system = new AS400("ibmi.shop.io", "CARGAUSR", "Hq8vT2mXk4");\n')).toEqual(['positional-db-password']);
  });

  it('reads no password in a concatenated constant or lookup, nor in a label in capitals of another language', () => {
    const php = '$server="Driver={IBM i Access ODBC Driver};System=10.0.0.5;Uid=".DB2_USER.";Pwd=".DB2_PASS.";";\n';
    expect(blockingIds('getdata.php', php)).toEqual([]);
    const py = 'db2conn = ibm_db.connect("DATABASE="+db2cred[\'db\']+";UID="+db2cred[\'username\']+";PWD="+db2cred[\'password\']+";","","")\n';
    expect(blockingIds('hello.py', py)).toEqual([]);
    expect(blockingIds('README.md', 'DB_DSN=DRIVER={IBM i Access ODBC Driver};SYSTEM=ibmi.shop.io;UID=MYUSER;PWD=MYPASS;\n')).toEqual([]);
    expect(blockingIds('README.md', 'env:ODBC_CONNECTION_STRING="DSN=EVOLAN;UID=adm;PWD=TON_MOT_DE_PASSE"\n')).toEqual([]);
  });

  it('blocks a PagSeguro token in its PHP library config, not the placeholder beside it', () => {
    const config = '$PagSeguroConfig[\'credentials\'][\'token\'][\'production\'] = "your_production_pagseguro_token";\n$PagSeguroConfig[\'credentials\'][\'token\'][\'sandbox\'] = "ED20375BA0528D7F2AB01F6401E7C999";\n';
    expect(blockingIds('PagSeguroLibrary/config/PagSeguroConfig.php', config)).toEqual(['pagseguro-token']);
  });

  it("leaves Transbank's published integration key alone, also cut short, and an instruction in place of a secret", () => {
    const key = '579B532A7440BB0C9079DED94D31EA1615BACEB56610332264630D42D0A36B1';
    expect(blockingIds('pagos.js', `const TBK_API_KEY_SECRET = process.env.TBK_API_KEY_SECRET || '${key}';\n`)).toEqual([]);
    expect(blockingIds('DEPLOY.md', 'NEXTAUTH_SECRET=genera-con-openssl-rand-base64-32\n')).toEqual([]);
  });

  it('finds a Mercado Pago token of an application made before 2018 (a five-digit id)', () => {
    expect(blockingIds('settings.py', 'MP_ACCESS_TOKEN = "APP_USR-10952-060717-3a8e1f0b9c4d27e6a5b8f1c0d3e9a742-4990865"\n')).toEqual(['mercadopago-access-token']);
  });

  it('blocks cPanel and WHM tokens, the WHM access hash and the WHMCS encryption hash', () => {
    expect(blockingIds('deploy.py', 'CPANEL_USER = "shopco"\nCPANEL_TOKEN = "9SD4HTK0L39FL5Z70ZMYTNSEMH6TXY7B"\n')).toEqual(['cpanel-api-token']);
    expect(blockingIds('NOTES.md', 'curl -H "Authorization: whm root:IPESOXNH89F3F0WEW8JKC0YSM7L9NA3K" https://host.shop.io:2087/json-api/listaccts\n')).toEqual(['cpanel-api-token']);
    const hash = '$whmhash = "d926b110762999607f3173e30bd35e5c\n321d86df26dee5b39e204995de7c442a\n5516f557fe2ae3ecfea6e27b0b744872\n8953a4e2407b357d79b7d7d7a630f7e1";\n';
    expect(blockingIds('whm_listaccts.php', hash)).toEqual(['whm-access-hash']);
    const whmcs = "$db_host = 'localhost';\n// $cc_encryption_hash = 'bqDUo8GeNwh8XfOoeRrEVzlysMsWxe4SQPBbB8moveFkFvFHJk0PgLfNIU6FG4wG';\n$cc_encryption_hash = 'S4AJewnfQMYzefi56yPh1SRNXHpTJdEbhvIPQNKtDgN3TtGeIsd8jPMmLRNo19tC';\n";
    expect(blockingIds('configuration.php', whmcs)).toEqual(['whmcs-cc-encryption-hash', 'whmcs-cc-encryption-hash']);
    expect(blockingIds('configuration.php', "$autoauthkey = 'PU1YLHRaTTH0eiK0mT2X';\n")).toEqual(['whmcs-autoauth-key']);
  });

  it("leaves hosting panels' published API examples alone: p4ssw0rd and ISPConfig's sample database password", () => {
    expect(blockingIds('list_user.php', "$vst_username = 'admin';\n$vst_password = 'p4ssw0rd';\n")).toEqual([]);
    expect(blockingIds('autoinstall.ini', 'mysql_ispconfig_user=ispconfig\nmysql_ispconfig_password=afStEratXBsgatRtsa42CadwhQ\n')).toEqual([]);
  });

  it('keeps a leetspeak stand-in in mixed case below the blocking level', () => {
    expect(blockingIds('unifi_api.py', '    def __init__(self, username: str = "user", password: str = "Str0ngP4sS!",\n')).toEqual([]);
  });

  it("leaves Tibber's public demo tokens alone", () => {
    expect(blockingIds('tibber_client.py', 'DEMO_TOKEN = "5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE"\n')).toEqual([]);
  });

  it('blocks Fronius Solar.web key values, a Powerwall gateway password and an Octopus key named as such', () => {
    const fronius = "headers: {\n  AccessKeyId: 'FKIA7D88F99227F92346652A14AD2BF531DC',\n  AccessKeyValue: 'd369c305-dbbf-4c4a-bbc9-8bd4a421935c',\n}\n";
    expect(blockingIds('src/solarweb.js', fronius)).toEqual(['fronius-solarweb-access-key']);
    const powerwall = 'from tesla_powerwall import Powerwall\npw = Powerwall(GATEWAY)\npw.login("Kq7vTx2Lp9mR", "owner@shop.io")\n';
    expect(blockingIds('scripts/battery.py', powerwall)).toEqual(['powerwall-login-password']);
    const octopus = "r = requests.get(\"https://api.octopus.energy/v1/electricity-meter-points/\", auth=('sk_live_KrE6I4YG14Lj13JQbNOH2BHo', ''))\n";
    expect(blockingIds('telegraf/octopus.py', octopus)).toEqual(['octopus-energy-api-key']);
  });

  it('blocks Mindee keys, Azure keys given to AzureKeyCredential and API keys sent as the basic-auth user', () => {
    expect(blockingIds('src/Scan.tsx', 'const MINDEE_API_KEY = "md_6co9td48ndcsse10ci5v9uuanbgor26g";\n')).toEqual(['mindee-api-key']);
    const azure = 'client = DocumentAnalysisClient(endpoint=ENDPOINT, credential=AzureKeyCredential("074ca7eb5855d9eec92a0563d66611f5"))\n';
    expect(blockingIds('cogs/stats.py', azure)).toEqual(['azure-key-credential-literal']);
    const nanonets = 'r = requests.post(url, auth=requests.auth.HTTPBasicAuth("QvuQm7Lx2Tz9Rk4wVn8cHd3Jp6Ys1BfG", ""), files=data)\n';
    expect(blockingIds('app.py', nanonets)).toEqual(['basic-auth-api-key-user']);
    expect(blockingIds('menu.js', "const auth = 'Basic ' + Buffer.from('LUADq8vT3mWz7LpRw4cYn8BdH1sJe6Gk' + ':').toString('base64');\n")).toEqual(['basic-auth-api-key-user']);
  });

  it('blocks a Veryfi key after a user name that repeats a syllable', () => {
    const header = "    'AUTHORIZATION': 'apikey shashwatsharma12304:1a0776fa083b9111230d493f9a4845f5'\n";
    expect(blockingIds('invoice_reader.py', header)).toEqual(['http-authorization-header']);
  });

  it('blocks a Tuya local key and an InfluxDB token pasted as an environment variable name', () => {
    expect(blockingIds('plug.py', "import tinytuya\nd = tinytuya.OutletDevice('3e49c557bd95accf66de1f', '192.168.1.44', 'kd7TuxNcP=cz0P76')\n")).toEqual(['tuya-local-key']);
    const influx = 'INFLUX_TOKEN = os.environ.get("WRK4OJnRS9meg9DAKmlQaWA4fw5Kw39aGK89J-0ttLrxJCLzNR3vROxhMM6V-1Y6BnzMXgj1E_YDos_CKH79NA==")\n';
    expect(blockingIds('fetch_weather.py', influx)).toEqual(['secret-as-env-var-name']);
  });
});

describe('samples 739 to 746: SAP, other databases, error tracking, signage, libraries, research APIs, schools, drones', () => {
  it('blocks passwords typed into SAP GUI password fields and on sapshcut command lines', () => {
    const vbs = 'session.findById("wnd[0]/usr/txtRSYST-BNAME").text = "RPA_USER"\nsession.findById("wnd[0]/usr/pwdRSYST-BCODE").text = "aWfcbGD6GHE"\n';
    expect(blockingIds('sap_login.vbs', vbs)).toEqual(['sap-gui-password-field']);
    expect(blockingIds('login.bat', 'start sapshcut.exe -sysname="ECC Production" -user=ops -pw=BNcJ5x1mszJ -maxgui\n')).toEqual(['sapshcut-password']);
    expect(blockingIds('login.bat', 'start sapshcut.exe -sysname="ECC Production" -user=%SAPUSER% -pw=%SAPPW%\n')).toEqual([]);
  });

  it('blocks a Teradata BTEQ logon password, not the stock dbc login', () => {
    expect(blockingIds('etl/load_sales.btq', '.logon tdprod/prd_adw_bat,Vq7mLx2Tz9;\n.run file = load.sql;\n')).toEqual(['teradata-bteq-logon']);
    expect(blockingIds('etl/load_sales.btq', '.logon 127.0.0.1/dbc,dbc;\n')).toEqual([]);
  });

  it("leaves the vendors' stock database passwords in URLs and connection strings alone", () => {
    const env = 'ORACLE_URL=oracle://system:oracle@oracle-xe:1521/XEPDB1\nFIREBIRD_URL=firebird://SYSDBA:masterkey@firebird:3050/app.fdb\n';
    expect(blockingIds('.env.example', env)).toEqual([]);
    expect(blockingIds('firebird.config.ts', 'const cs = "Server=127.0.0.1;User=SYSDBA;Password=masterkey;Database=/db/app.fdb";\n')).toEqual([]);
  });

  it('reads no DEBUG = True in the else branch of a production switch that turns it off', () => {
    const otree = "from os import environ\nif environ.get('OTREE_PRODUCTION') not in {None, '', '0'}:\n    DEBUG = False\nelse:\n    DEBUG = True\n";
    expect(blockingIds('settings.py', otree)).toEqual([]);
  });

  it('blocks a Sentry or Django generated key that opens with a symbol', () => {
    const config = "system.secret-key: '=^#h&xv52wgeq4zr0o4a0mfhsad-mc3l5*=9w$#ao$fx#=xjkf'\n";
    expect(blockingIds('sentry/config.yml', config)).toEqual(['generic-secret-assignment']);
  });

  it("blocks a Koha database password in koha-conf.xml's <pass>, not a proxy's <bypass>", () => {
    expect(blockingIds('koha/koha-conf.xml', ' <user>koha_library</user>\n <pass>XWu0k8#pLq2vZ7rT</pass>\n')).toEqual(['xml-element-secret']);
    expect(blockingIds('proxy.xml', '<proxy>\n  <bypass>localhost.internal.shop</bypass>\n</proxy>\n')).toEqual([]);
  });

  it('blocks Dimensions API keys given to dimcli, also when the call wraps', () => {
    const wrapped = 'dimcli.login(\n    endpoint="https://app.dimensions.ai",\n    key="E207E7A0662FF1B7096E08590DB365AE",\n)\n';
    expect(blockingIds('enrich.py', wrapped)).toEqual(['dimensions-api-key']);
  });

  it('blocks a Canvas token sent as a bearer token from a client that never names Canvas', () => {
    const swift = 'request.addValue("Bearer 7~h9aoFyOTOzZSHJdLJpzunuG1t9F4MMHGaEjgyGTczmIltlK8tcuorv8kUDu7uQjo", forHTTPHeaderField: "Authorization")\n';
    expect(blockingIds('Sources/SchoolAPI.swift', swift)).toEqual(['canvas-lms-access-token']);
  });

  it("blocks a DJI app license in the SDK's header, the Cloud API demo's config and its server's YAML", () => {
    const license = '5+WXamBM2bBVUbq3xgyxcqBeDtM6BM9lBOEOGQlhxgJY7DBgIgReQ1Vcoong1L7yqFrn6KP+PqrWAAUw23dPP/wVE1ZMFhVJr0MBx7/2ttlg6g0uzfsPIOjVVfeGXa1I+zJWW+lyzmH/KRSYXaivrAg3GsfM7SHkAc+S25XK9oU=';
    expect(blockingIds('src/api/http/config.ts', `export const CURRENT_CONFIG = {\n  appId: '159636',\n  appLicense: '${license}',\n}\n`)).toEqual(['dji-app-license']);
    expect(blockingIds('src/main/resources/application.yml', `cloud-api:\n  app:\n    id: 183108\n    license: ${license}\n`)).toEqual(['dji-app-license']);
    expect(blockingIds('src/api/http/config.ts', "export const CURRENT_CONFIG = {\n  appLicense: 'Please enter the app license.',\n}\n")).toEqual([]);
  });

  it('reports a Toss Payments test key below the blocking level, not as an API key sent as the basic-auth user', () => {
    const toss = "const encoded = Buffer.from('test_sk_wxQPbHw1IMUXqO7fZvaqfBr2hZvp' + ':').toString('base64');\n";
    expect(blockingIds('controllers/payment.js', toss)).toEqual([]);
    expect(scan('controllers/payment.js', toss)).toEqual([{ ruleId: 'toss-payments-test-secret-key', blocking: false }]);
  });
});

describe('samples 747 to 754: legal tech, betting, nonprofits, PDF APIs, editors, real estate, EV tools, forums', () => {
  it('blocks Clio secrets and tokens under their names, also in a setup doc', () => {
    const doc = '```bash\nCLIO_CLIENT_ID=tnWzq8vT3mWz7LpRw4cY\nCLIO_CLIENT_SECRET=Ug7dpGtAWwc1OinWUKbWzNYZK7ayTI09f55rU0Gp\n```\n';
    expect(blockingIds('docs/clio-integration-setup.md', doc)).toEqual(['clio-oauth-secret']);
    expect(blockingIds('.env', 'CLIO_ACCESS_TOKEN=27041-9hjk3JFZ8bNNHvj7EngkkeQOmoB88b2AhN\n')).toContain('clio-oauth-secret');
  });

  it('blocks a Betfair app key given to APIClient or sent as X-Application, not a mailer header of that name', () => {
    expect(blockingIds('live_betting.py', "import betfairlightweight\ntrading = betfairlightweight.APIClient(USERNAME, PASSWORD, app_key='kwJutq3SNmT3IKPV')\n")).toEqual(['betfair-app-key']);
    const node = "const options = { url: 'https://api.betfair.com/exchange/betting/json-rpc/v1', headers: { 'X-Application': 'QfWFoNbpgRd1mA6m' } };\n";
    expect(blockingIds('controllers/sportController.js', node)).toEqual(['betfair-app-key']);
    expect(blockingIds('mailer.js', "headers: { 'X-Application': 'newsletterSender' }\n")).toEqual([]);
  });

  it("blocks CiviCRM's site, credential and signing keys, not a reCAPTCHA site key", () => {
    const settings = "define( 'CIVICRM_SITE_KEY', 'NIzZq8vT3mWz7LpRw4cYn8BdH1sJe6GkQ2mXr9');\ndefine('CIVICRM_SIGN_KEYS', 'jwt-hs256:hkdf-sha256:Lq8vT2mXk4Rt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yUKq7v=');\n";
    expect(blockingIds('civicrm.settings.php', settings)).toEqual(['php-define-secret', 'php-define-secret']);
    expect(blockingIds('config.php', "define('RECAPTCHA_SITE_KEY', '6LdQ8vT2mXk4Rt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8');\n")).toEqual([]);
  });

  it('blocks Wild Apricot API keys, iLovePDF secret keys and Liveblocks secret keys, named as such', () => {
    expect(blockingIds('search.php', "$waApiClient->initTokenByApiKey('iqj5ddo6dtyqmc566z2pp9kkri5fpn');\n")).toEqual(['wild-apricot-api-key']);
    const ilove = "$ilovepdf = new Ilovepdf('project_public_ac0253d8f4b8bdf986459ddb0eca5b6a_Ab3Cd', 'secret_key_ef457fa927275a7745dcc91cfa39d06b_d3aYa5a8f9ca8941fffcdf192ce8f9690ac29');\n";
    expect(blockingIds('watermark.php', ilove)).toEqual(['ilovepdf-secret-key']);
    const liveblocks = "const liveblocks = new Liveblocks({ secret: 'sk_prod_Fiv3ZDGpamTRVK4ErlgQyjjCKjVqVJRDtkxDi4MnIdLtrRtu9s18QtAYJ5DqdTvs' });\n";
    expect(blockingIds('app/api/liveblocks-auth/route.ts', liveblocks)).toEqual(['liveblocks-secret-key']);
  });

  it("blocks the ONLYOFFICE JWT secret a script sets with occ, not the variable's value", () => {
    expect(blockingIds('setup-saas.sh', 'sudo -u www-data php occ config:app:set onlyoffice jwt_secret --value="Qm7vT2xKp9LfR4sNb8HdZ3cF"\n')).toEqual(['occ-config-secret']);
    expect(blockingIds('setup-saas.sh', 'sudo -u www-data php occ config:app:set onlyoffice jwt_secret --value="$JWT_SECRET"\n')).toEqual([]);
  });

  it("blocks a RETS password given to PHRETS Connect, not libRETS's demo login", () => {
    expect(blockingIds('getphotos.php', "$connect = $rets->Connect('http://rets.mls.shop.io:6103/rets/login', 'RETS_O_1234', 'mQLYdKgD2eIC');\n")).toEqual(['phrets-connect-password']);
    expect(blockingIds('login.py', 'session.Login("Joe", "Schmoe")\n')).toEqual([]);
  });

  it('blocks a Wallbox account password given by position', () => {
    expect(blockingIds('energy_manager.py', 'w = Wallbox("owner@mail.com", "mQLYdKgD2eIC")\n')).toEqual(['account-client-password']);
  });

  it('reads a made-up secret of two stand-in words (myappsecret) as a placeholder', () => {
    expect(blockingIds('config.ts', 'export const TOKEN_SECRET = "myappsecret";\n')).toEqual([]);
  });
});

describe('samples 755 to 762: remote access, Matrix bots, query engines, wikis, legacy SSO, labs, recon, photo galleries', () => {
  it('blocks unattended RustDesk, x11vnc and AnyDesk passwords set by a script, not variables', () => {
    expect(blockingIds('install.sh', 'sudo rustdesk --password mwb5BeyMj0b9Xy\n')).toEqual(['remote-desktop-password']);
    expect(blockingIds('anydesk.bat', 'echo HS0u163QfnbD | "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --set-password\n')).toEqual(['remote-desktop-password']);
    expect(blockingIds('install.sh', 'sudo rustdesk --password "$RUSTDESK_PW"\n')).toEqual([]);
  });

  it('blocks a Synapse macaroon access token by its shape, also on the line after its name', () => {
    expect(blockingIds('src/App.js', "const accessToken =\n  'MDAxOGxvY2F0aW9uIG1hdHJpeC5zaG9wLmlvCjAwMTNpZGVudGlmaWVyIGtleQowMDEwY2lkIGdlbiA9IDEKMDAyN2NpZCB1c2VyX2lkID0gQGJvdDptYXRyaXguc2hvcC5pbwowMDE2Y2lkIHR5cGUgPSBhY2Nlc3MKMDAyMWNpZCBub25jZSA9IHZWOUFQd0dkaU43YnUzOHAKMDAyZnNpZ25hdHVyZSAJEkyhBe-xGzVG7DaLhtB-NngVwAuNG7Hehch5Dh-hCI';\n")).toEqual(['matrix-macaroon-access-token']);
  });

  it("blocks MediaWiki's upgrade key; an e-mail at a variable's domain and the MD5 of nothing are no secrets", () => {
    expect(blockingIds('LocalSettings.php', '$wgUpgradeKey = "ef61ea4299144362";\n')).toEqual(['mediawiki-upgrade-key']);
    expect(blockingIds('LocalSettings.php', '$wgPasswordSender = "mediawiki@$dockerDb";\n$wgSecretKey = "d41d8cd98f00b204e9800998ecf8427e";\n')).toEqual([]);
  });

  it("blocks Apereo CAS cookie and webflow keys, not the keys of CAS's own test suite", () => {
    const props = 'cas.tgc.crypto.encryption.key=363iRMXHqUo9gU52rV8eVFbI5c55EKtLxhU68i00p30\n';
    expect(blockingIds('etc/cas/config/cas.properties', props)).toEqual(['cas-crypto-key']);
    expect(blockingIds('etc/cas/config/cas.properties', 'cas.tgc.crypto.encryption.key=u696jJnPvm1DHLR7yVCSKMMzzoPoFxJZW4-MP1CkM5w\n')).toEqual([]);
  });

  it("reads Shibboleth's %{property} reference as a template", () => {
    expect(blockingIds('install-idp.sh', 'idp.sealer.storePassword = %{idp.sealer.password}\nidp.sealer.keyPassword = %{idp.sealer.password}\n')).toEqual([]);
  });

  it("blocks Benchling keys and subfinder's listed source keys", () => {
    expect(blockingIds('benchling_entries.py', 'benchling = Benchling(url="https://lab.benchling.com", auth_method=ApiKeyAuth("sk_GRTn9Q8TH8mS8r7VMR5ui9RKxlZix"))\n')).toEqual(['benchling-api-key']);
    const config = 'binaryedge: []\nchaos:\n  - a998d68a9abe27bb74bf749bebd355b7dc24\nshodan: ["vQAzUEgRGJ1iTP30a2H71p1tRsX3X3Sd"]\nsecuritytrails:\n  - YOUR_SECURITYTRAILS_KEY\n';
    expect(blockingIds('provider-config.yaml', config)).toEqual(['subfinder-provider-key', 'subfinder-provider-key']);
  });
});

