import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 623 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 623 to 626: network monitoring, Windows deployment, CDNs and science pipelines', () => {
  it('blocks SNMP credentials given to net-snmp commands, not the defaults or a variable', () => {
    expect(blockingIds('scripts/poll.sh', 'snmpwalk -v2c -c Bza6rjTmtkTn 192.0.2.10 1.3.6.1.2.1.1\n')).toEqual(['net-snmp-cli-credential']);
    expect(blockingIds('scripts/poll.sh', 'snmpwalk -v2c -c public 192.0.2.10\nsnmpget -v2c -c "$SNMP_COMMUNITY" 192.0.2.10 sysName.0\n')).toEqual([]);
  });

  it("blocks an Icinga 2 API user's password and a GPP cpassword in SYSVOL, not in a write-up", () => {
    expect(blockingIds('conf.d/api-users.conf', 'object ApiUser "root" {\n  password = "Z7tELGAdTzEVaE"\n  permissions = [ "*" ]\n}\n')).toEqual(['icinga-api-user-password']);
    const groups = '<Properties action="U" newName="" cpassword="Q7HeMObK2JLTjH+uf9SqrFAlA3iqqbgHcr95tIofXHs" userName="LocalAdmin"/>\n';
    expect(blockingIds('Policies/Machine/Preferences/Groups/Groups.xml', groups)).toEqual(['gpp-cpassword']);
    expect(blockingIds('writeups/active/README.md', groups)).toEqual([]);
  });

  it("blocks a local account's password set with net user, not a prompt or a variable", () => {
    expect(blockingIds('setup/kiosk.bat', 'net user kiosk Bnrn63tfziERiq /add\nnet localgroup administrators kiosk /add\n')).toEqual(['net-user-password']);
    expect(blockingIds('setup/kiosk.bat', 'net user kiosk * /add\nnet user kiosk %KIOSK_PASSWORD%\n')).toEqual([]);
  });

  it('blocks NCBI keys set from R and Seqera Platform tokens under TOWER_ACCESS_TOKEN', () => {
    expect(blockingIds('blast_unmapped.R', 'library(rentrez)\nset_entrez_key("a4afaabf8cf3922c072406a6013285dc9a2c")\n')).toEqual(['ncbi-api-key']);
    expect(blockingIds('run.sh', 'export TOWER_ACCESS_TOKEN=eyJ0aWQiOjkxNTg0fQ.1541a3a18c2503a3f9bff4defe97acfcd95389d7\nnextflow run main.nf -with-tower\n')).toEqual(['seqera-access-token']);
  });
});

describe('samples 627 to 630: LLM flow builders, GIS back ends and OSINT tools', () => {
  it('blocks Voiceflow and Botpress keys by their shapes and a Dify key behind a browser prefix', () => {
    expect(blockingIds('script.js', 'const VF_KEY = "VF.DM.40ed9a03909fa730201f2ae4.EMvgMDh8f1auAui1";\n')).toEqual(['voiceflow-api-key']);
    expect(blockingIds('TOKEN-STORED.md', '**Token Value:** bp_pat_oQHdwlxYr1TEEEAFBlKRzKVyOaLnyrquBobXpusD\n')).toEqual(['botpress-personal-access-token']);
    expect(blockingIds('.env.local', 'VITE_DIFY_API_KEY=app-LNqUcAZaHZMxIT9Soke4whvi\n')).toContain('dify-api-key');
  });

  it("blocks a Bambu Lab printer's access code in a Bambu script or Bambu Studio's config, not a filler", () => {
    const py = 'PRINTER_IP = "192.168.1.50"\nACCESS_CODE = "31935702"\nFTPS_USERNAME = "bblp"\n';
    expect(blockingIds('config.py', py)).toEqual(['bambu-lan-access-code']);
    expect(blockingIds('BambuStudio.conf', '{\n    "access_code": {\n        "03094M5HK0AH9Y1": "01977047"\n    },\n')).toEqual(['bambu-lan-access-code']);
    expect(blockingIds('config.py', py.replace('31935702', '12345678'))).toEqual([]);
  });

  it("blocks an Esri API key under any name and an ArcGIS password given to GIS(), not Esri's sample login", () => {
    expect(blockingIds('src/map.ts', 'const key = "AAPKed9ea13e16627f767432e98ad8323067t74W7lHBfHicpik-p5QVo5BqzM6X5zscQIjIulZ25ijhkll1TtX3gE64egYYqpSy";\n')).toEqual(['esri-api-key']);
    expect(blockingIds('main.py', 'gis = GIS("https://www.arcgis.com", "shop_gis", "En1S9GabTKnsW")\n')).toEqual(['arcgis-portal-password']);
    expect(blockingIds('main.py', 'gis = GIS("https://www.arcgis.com", "arcgis_python", "P@ssword123")\n')).toEqual([]);
  });

  it('blocks an AbuseIPDB key in a curl header to its API, also in an OSINT setup guide', () => {
    const curl = 'curl -G https://api.abuseipdb.com/api/v2/check --data-urlencode ipAddress=203.0.113.9 -H "Key: b3c5bf9555341a02dd6bd3c697801150cf394c461843aa799e3d003dc02d1f53148484411f69a94b"\n';
    expect(blockingIds('osint_config.md', '```bash\n' + curl + '```\n')).toEqual(['abuseipdb-greynoise-api-key']);
    expect(blockingIds('abuseipdb.py', "headers = {'Key': os.environ['ABUSEIPDB_KEY'], 'Accept': 'application/json'}\n")).toEqual([]);
  });

  it("blocks a VirusTotal key given to vt-py's Client and a Shodan key given to `shodan init`", () => {
    expect(blockingIds('vt_lookup.py', 'client = vt.Client("1ecbcdf522dfbb477041db3f5a88a52ef465e2a80ed5acb1cf96f0a97d8e718c")\n')).toEqual(['virustotal-api-key']);
    expect(blockingIds('setup.sh', 'pip install shodan\nshodan init Bza6rjTmtkTnZ7tELGAdTzEVaED9OOmw\n')).toEqual(['shodan-api-key']);
  });
});
