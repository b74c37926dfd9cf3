import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 787 onwards. Every value is invented, except the published values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 787 to 794: network inventories, provisioning, backups, NAS, helpdesks, hypervisors, PBX, file sharing', () => {
  it("reads the device logins of RANCID's .cloginrc and Oxidized's router.db, not their templates or lab words", () => {
    expect(blockingIds('rancid/.cloginrc', 'add user 192.0.2.10 netops\nadd password 192.0.2.10 {Hq8vT3mWz7} {Lp4xQ2mZ7v}\n')).toEqual(['rancid-cloginrc-password']);
    expect(blockingIds('.cloginrc', 'add password * PASSWORD ENABLEPASS\nadd password lab-sw1 cisco12345 cisco\n')).toEqual([]);
    expect(blockingIds('oxidized/router.db', 'core01:ios:10.0.0.1:netops:Rk4wHpVd3N\n')).toEqual(['oxidized-router-db-password']);
    expect(blockingIds('router.db', 'rtr01.local:ios:192.0.2.1:<user>:<password>\n')).toEqual([]);
  });

  it('reads kickstart user and sshpw passwords, BMC and hammer passwords, xe and Veeam logins', () => {
    expect(blockingIds('packer.ks', 'user --groups=wheel --name=packer --password=Hq8vT3mWz7Lp\n')).toEqual(['kickstart-user-password']);
    expect(blockingIds('ks.cfg', 'sshpw --username=install Lp4xQ2mZ7v --plaintext\n')).toEqual(['kickstart-user-password']);
    expect(blockingIds('ipmi.sh', 'ipmitool -I lanplus -H 10.0.0.21 -U root -P Hq8vT3mWz7 chassis status\n')).toEqual(['bmc-and-hammer-password']);
    expect(blockingIds('ipmi.sh', 'ipmitool -I lanplus -H 10.0.0.21 -U root -P calvin chassis status\n')).toEqual([]);
    expect(blockingIds('xen_backup.sh', 'xe -s 10.0.0.5 -u root -pw Hq8vT3mWz7 host-backup host=xen01\n')).toEqual(['xe-cli-password']);
    expect(blockingIds('lab.ps1', "Add-VBRCredentials -Type Linux -User root -Password 'Lp4xQ2mZ7v'\n")).toEqual(['veeam-cmdlet-password']);
  });

  it('reads synology_api logins, CIFS mount passwords and RT or OTRS database passwords', () => {
    const nas = "fs = filestation.FileStation('192.168.0.136', '5000', 'media', 'Hq8vT3mWz7Lp', secure=False)\n";
    expect(blockingIds('detect.py', nas)).toEqual(['synology-api-login']);
    expect(blockingIds('etc/fstab', '//192.168.10.200/media /mnt/media cifs username=admin,password=Holiday2019,uid=1000 0 0\n')).toEqual(['cifs-mount-password']);
    expect(blockingIds('etc/fstab', '//nas/media /mnt/media cifs credentials=/root/.smbcredentials 0 0\n')).toEqual([]);
    expect(blockingIds('etc/RT_SiteConfig.pm', "Set($DatabasePassword , 'Hq8vT3mWz7Lp');\n")).toEqual(['perl-helpdesk-db-password']);
    expect(blockingIds('Kernel/Config.pm', "    $Self->{DatabasePw} = 'some-pass';\n")).toEqual([]);
  });

  it("reads GoAutoDial's goPass; not an address, a flag built from a variable, a template's your_secret_key, Nutanix's stock password", () => {
    expect(blockingIds('goAddDIDAPI.php', '$postfields["goPass"] = "Hq8vT3mWz7Lp";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('data.py', 'ip_server_api = "85.10.1.2:8088/report"\n')).toEqual([]);
    expect(blockingIds('docker-entrypoint.sh', 'PASS="-p$DB_PASS"\n')).toEqual([]);
    const kayako = "return array(\n    'api_key' => 'your_api_key',\n    'secret_key' => 'your_secret_key',\n);\n";
    expect(blockingIds('config/kayako.php', kayako)).toEqual([]);
    // Nutanix's stock password (nutanix/4u) and its lab guides' variant, in a training script.
    expect(blockingIds('lesson02.py', "password = 'Nutanix/4u!'\nurl = 'https://10.42.9.39:9440/api/nutanix/v3/vms/list'\n")).toEqual([]);
  });
});

describe('samples 795 to 801 (cut short: the session ran out of search look-ups): on-call endpoints, hosted MQTT', () => {
  it("reads a Splunk On-Call REST endpoint's key and a hosted MQTT broker's password, not their stand-ins", () => {
    const vo = "URL = 'https://alert.victorops.com/integrations/generic/20131114/alert/514eeed5-617b-4944-bea1-dcb5eb2ac5c6/ops'\n";
    expect(blockingIds('api.py', vo)).toEqual(['oncall-alert-endpoint-key']);
    const host = 'const char* mqtt_server = "4dd92cc5f8a0c381139d33f70d9856f0.s1.eu.hivemq.cloud";\n';
    expect(blockingIds('src/main.ino', `${host}const char* mqtt_pass = "Greenhouse2024";\n`)).toEqual(['hosted-mqtt-broker-password']);
    expect(blockingIds('src/main.ino', `${host}const char* mqtt_pass = "your_password";\n`)).toEqual([]);
    expect(blockingIds('src/main.ino', 'const char* mqtt_server = "192.168.1.10";\nconst char* mqtt_pass = "Greenhouse2024";\n')).toEqual([]);
  });
});
