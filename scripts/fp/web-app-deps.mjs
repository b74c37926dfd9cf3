// Builds the web-app dependencies corpus of the false-positive budget: the node_modules a typical Express / Next /
// Prisma / NestJS app installs with its auth, database, payment, mail, AI and monitoring SDKs (908 packages,
// about 860 MB of text). Versions are pinned, so the corpus is the same wherever it is built from the npm
// registry. Install scripts are not run, and peer dependencies are not resolved (apollo-server-express wants Express
// 4): the corpus is text to scan, not an app to run. Installs into .bench/webapp and prints the node_modules path.
// Usage: node scripts/fp/web-app-deps.mjs && npm run fp-budget -- .bench/webapp/node_modules
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEPENDENCIES = {
  '@anthropic-ai/sdk': '1.15.0', '@aws-sdk/client-s3': '3.1175.0', '@clerk/clerk-sdk-node': '5.1.6',
  '@neondatabase/serverless': '1.2.0', '@nestjs/common': '12.5.1', '@nestjs/config': '12.0.1', '@nestjs/core': '12.5.1',
  '@nestjs/jwt': '12.0.2', '@planetscale/database': '1.20.2', '@prisma/client': '7.10.0', '@sendgrid/mail': '8.1.6',
  '@sentry/node': '11.12.0', '@slack/web-api': '8.2.0', '@supabase/supabase-js': '2.109.0', '@upstash/redis': '1.39.0',
  'apollo-server-express': '3.13.0', axios: '1.21.1', bcryptjs: '3.0.3', bull: '4.16.5', cloudinary: '2.11.0',
  'connect-redis': '9.0.0', cors: '2.8.6', dotenv: '18.0.10', 'drizzle-orm': '0.45.4', express: '5.3.0',
  'express-session': '1.19.0', firebase: '13.2.0', 'firebase-admin': '13.10.0', graphql: '16.15.0', helmet: '8.3.0',
  ioredis: '5.11.1', jsonwebtoken: '9.0.3', knex: '3.3.0', mongodb: '7.9.1', mongoose: '9.12.1', mysql2: '3.24.6',
  next: '16.4.6', 'next-auth': '4.24.15', nodemailer: '7.0.13', openai: '6.49.0', passport: '0.7.0',
  'passport-google-oauth20': '2.0.0', 'passport-jwt': '4.0.1', 'passport-local': '1.0.0', pg: '8.23.1', prisma: '7.10.1',
  react: '19.3.1', 'react-dom': '19.3.1', redis: '6.3.1', resend: '6.38.0', sequelize: '6.37.8', 'socket.io': '4.8.4',
  stripe: '23.1.0', telegraf: '4.16.3', twilio: '6.3.1', typeorm: '1.1.1',
};

const root = resolve('.bench/webapp');
const modules = join(root, 'node_modules');

if (!existsSync(join(root, '.complete'))) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'fp-webapp', private: true, dependencies: DEPENDENCIES }, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', '--legacy-peer-deps'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.error !== undefined || result.status !== 0) {
    console.error(`web-app-deps: npm install failed${result.error === undefined ? '' : `: ${result.error.message}`}`);
    console.error('hint: this corpus needs the npm registry');
    process.exit(2);
  }
  writeFileSync(join(root, '.complete'), '');
}
console.log(modules);
