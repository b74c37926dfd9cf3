import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 227 and 235 to 242: Streamlit apps, data engineering, chat webhooks. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 227: Streamlit apps', () => {
  it("keeps a guessable MongoDB password when the Atlas cluster is set beside it, and finds a password box's default", () => {
    const secrets = (cluster: string) => `MONGO_USER = "rajdev"\nMONGO_PASS = "oll@2024"\nMONGO_CLUSTER = "${cluster}"\n`;
    expect(blockingIds('.streamlit/secrets.toml', secrets('tasks.h5qbfpt.mongodb.net'))).toContain('generic-secret-assignment');
    expect(blockingIds('.streamlit/secrets.toml', secrets('localhost'))).not.toContain('generic-secret-assignment');
    expect(blockingIds('main.py', 'password = st.text_input("Password", type="password", value="Flex!2109db")\n')).toEqual(['prefilled-password-input']);
    expect(blockingIds('main.py', 'password = st.text_input("Password", type="password", value="")\n')).toEqual([]);
  });

  it("reports Streamlit's XSRF protection turned off, without blocking", () => {
    expect(scan('setup.sh', 'echo "[server]\\nenableXsrfProtection=false\\n" > ~/.streamlit/config.toml\n')).toEqual([{ ruleId: 'streamlit-xsrf-protection-off', blocking: false }]);
  });
});

describe('samples 239 and 240: data engineering, chat webhooks', () => {
  it("finds Azure storage keys in Spark's Hadoop settings and passwords passed as options", () => {
    const key = 'Hq4kW9pQ2mZr7Tn5VbJf6GsAe0uIoPs3kQm4vT8zKx2Lp7Rw3kT9xQ2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9tT5==';
    expect(blockingIds('notebooks/adls.py', `spark.conf.set("fs.azure.account.key.shoplake.dfs.core.windows.net", "${key}")\n`)).toEqual(['azure-storage-key-assignment']);
    expect(blockingIds('etl.py', 'df = spark.read.format("jdbc").option("password", "Kq7vT2xWm9Lp").load()\n')).toEqual(['option-pair-password']);
  });

  it('finds admin passwords created on a command line, and reads counting-down fillers as fillers', () => {
    expect(blockingIds('Dockerfile', 'RUN superset fab create-admin --username ops --email ops@shop.io --password Kq7vT2xWm9LpQz3\n')).toEqual(['cli-login-password']);
    expect(blockingIds('.databrickscfg', '[prod]\nhost = https://adb-9876543210987654.3.azuredatabricks.net\ntoken = dapi9876543210fedcba\n')).toEqual([]);
  });

  it('names Google Chat and Mattermost webhooks, and reads the key every Chat webhook carries as public', () => {
    const chat = 'WEBHOOK = "https://chat.googleapis.com/v1/spaces/AAAAq7Wd2Lp/messages?key=AIzaSyDq7Wd2LpXz9Rv4Tb8Mc3Hy6Jf1Gs0Ae7U&token=Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4KpAb1%3D"\n';
    expect(blockingIds('notify.py', chat)).toEqual(['google-chat-webhook-url']);
    expect(blockingIds('.gitlab-ci.yml', '    - curl -X POST -d @msg.json https://chat.shop.io/hooks/q7wd2lpxz9rv4tb8mc3hy6jf1g\n')).toEqual(['mattermost-webhook-url']);
  });
});
