import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 402 and 431 onwards: misses the real-world samples found after sample 430. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const runwayKey = 'key_23e757474bbd30b034c3d3532e51688a49d7e02130a6738c5204be2950bd7b81aa9c1b38ba91cc680c52840b5730aa5d6e5b096de4ec53b0aeb61071aa6c9880';

describe('sample 402: AI media keys', () => {
  it('blocks a Runway key, and each copy of one pasted twice with no separator', () => {
    expect(blockingIds('runway_video.py', `client = RunwayML(api_key="${runwayKey}")\n`)).toEqual(['runwayml-api-key']);
    expect(blockingIds('runway_video.py', `client = RunwayML(api_key="${runwayKey}${runwayKey}")\n`)).toEqual(['runwayml-api-key', 'runwayml-api-key']);
    expect(blockingIds('runway_video.py', 'client = RunwayML(api_key=os.environ["RUNWAYML_API_SECRET"])\n')).toEqual([]);
  });

  it("blocks a key given as the default value of a Lovable secret form, not the form without one", () => {
    const form = (extra: string): string => `<lov-secret name="BFL_API_KEY" description="Black Forest Labs key (Flux)"${extra} />\n`;
    expect(blockingIds('BFL_API_KEY_SETUP.md', form(' default-value="3e9a1c57-b2d4-4f86-9a0e-c7d15f28e4b3"'))).toEqual(['xml-config-secret']);
    expect(blockingIds('BFL_API_KEY_SETUP.md', form(''))).toEqual([]);
  });
});

describe('sample 434: scrapers and notifiers', () => {
  it("drops the secret half of Telegram's docs bot token whatever bot id a guide puts before it", () => {
    expect(blockingIds('README.md', 'TELEGRAM_BOT_TOKEN=3456789012:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\n')).toEqual([]);
    expect(blockingIds('bot.py', 'TOKEN = "6789012345:AAHqxTcvCH1vGWJxfSeofSAs0K5PALDsaw"\n')).toEqual(['telegram-bot-token']);
  });
});
