import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses left open after samples 201 and 202 (ASP.NET Core, Argo CD), and those found in samples 208 onwards.
// Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 201 and 202: ASP.NET Identity seeds and Argo CD repositories', () => {
  it('blocks a password seeded through UserManager, but not one read from configuration', () => {
    const seed = '            var user = new ApplicationUser { UserName = "admin@quiz.io" };\n            await UserManager.CreateAsync(user, "Qz7#kLm2vRx9");\n';
    expect(blockingIds('QuizWebApp/Startup.cs', seed)).toEqual(['aspnet-identity-seeded-password']);
    expect(blockingIds('QuizWebApp/Startup.cs', 'await UserManager.CreateAsync(user, Configuration["Seed:AdminPassword"]);\n')).toEqual([]);
  });

  it('reports an Argo CD repository Secret that turns verification off, and nothing when it is on', () => {
    const repo = (insecure: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: git@git.acme.io:ops/gitops.git\n  insecure: "${insecure}"\n`;
    const ids = (text: string) => scan('argocd/repositories/private.yaml', text).map((f) => f.ruleId);
    expect(ids(repo('true'))).toContain('argocd-repository-insecure');
    expect(ids(repo('false'))).not.toContain('argocd-repository-insecure');
  });
});
