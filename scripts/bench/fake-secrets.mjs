// Fake secrets planted in the synthetic history, assembled from pieces so no key-shaped literal is in the repo.
const PIECES = ['Qm7v', 'T2xK', 'p9Lf', 'R4sN', 'b8Hd', 'Z3cF', 'w6Yj', 'U1eA', 'i5Og', 'K0tM'];

/** The n-th planted secret line and the rule it should trigger. */
export function plantedSecret(n) {
  const body = Array.from({ length: 6 }, (_, i) => PIECES[(n + i * 3) % PIECES.length]).join('');
  const lines = [
    `STRIPE_SECRET_KEY=${['sk', 'live', body].join('_')}`,
    `export GITHUB_TOKEN=${['ghp', body + body.slice(0, 12)].join('_')}`,
    `DATABASE_URL=postgres://shop:${body.slice(0, 14)}@db.internal.example:5432/shop`,
    `ANTHROPIC_API_KEY=${['sk-ant-api03', (body + body + body + body).slice(0, 93) + 'AA'].join('-')}`,
  ];
  return lines[n % lines.length];
}
