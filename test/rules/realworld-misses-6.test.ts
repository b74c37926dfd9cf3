import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes left open by samples 8, 22 and 25 of real-world files and fixed later, and those of samples 26 and 27.
// Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('misses', () => {
  it('finds NestJS JWT secrets written in JwtModule, jwtService calls, jwtConstants and passport-jwt strategies', () => {
    const module = "@Module({\n  imports: [\n    JwtModule.register({\n      secret: 'secret',\n      signOptions: { expiresIn: '60s' },\n    }),\n  ],\n})\n";
    expect(blockingIds('src/auth/auth.module.ts', module)).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/jwt.strategy.ts', "    super({ jwtFromRequest: fromHeader(), secretOrKey: 'coastal lantern, 9' });\n")).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/auth.service.ts', "    return this.jwtService.signAsync(payload, { secret: 'pq7-brook-stone' });\n")).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/constants.ts', "export const jwtConstants = {\n  secret: 'secretKey',\n};\n")).toEqual(['jwt-hardcoded-secret-node']);
  });

  it('leaves NestJS JWT secrets read from configuration alone', () => {
    const factory = "JwtModule.registerAsync({\n  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET') }),\n})\n";
    expect(scan('src/auth/auth.module.ts', factory)).toEqual([]);
    expect(scan('src/auth/jwt.strategy.ts', '    super({ secretOrKey: process.env.JWT_SECRET });\n')).toEqual([]);
  });

  it('finds a server password listed beside its internet host in a deployment document, not beside localhost', () => {
    const guide = (host: string): string => `### Production Database\n- **Host**: \`${host}\`\n- **Username**: \`svc_shop\`\n- **Password**: \`Vk7qLm2xT9wZr4\`\n`;
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('203.0.113.77'))).toEqual(['docs-server-login-list']);
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('localhost'))).toEqual([]);
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('db.example.com'))).toEqual([]);
  });

  it('does not read a YAML sample in a document as a listed login', () => {
    const sample = '```yaml\nproduction:\n  host: db.corp-internal.net\n  username: db_admin\n  password: Hq8vLm2xP9wZe3\n```\n';
    expect(blockingIds('docs/ssrf.md', sample)).toEqual([]);
  });

  it("finds a secret committed as a Terraform variable's default, not a variable without one", () => {
    const variable = (body: string): string => `variable "db_password" {\n  type      = string\n${body}  sensitive = true\n}\n`;
    expect(blockingIds('infra/variables.tf', variable('  default   = "Vq7mLx2Tz9Rk4w"\n'))).toEqual(['terraform-variable-default-secret']);
    expect(scan('infra/variables.tf', variable(''))).toEqual([]);
  });
});
