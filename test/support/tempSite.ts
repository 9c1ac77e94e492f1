/**
 * A throwaway copy of the site for build tests: the project without its build output, with a
 * node_modules of links to the real packages. Astro and Vite keep caches inside node_modules
 * (.astro, .vite), so linking the folder itself would let parallel builds share, and overwrite,
 * one content cache: each copy gets its own.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve('.');
const SKIP = /^(node_modules|dist.*|\.astro|\.git|test-results|playwright-report|bench)$/;

export function tempSite(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cip-${label}-`));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.test(relative(ROOT, src).split('/')[0]!) });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  rmSync(join(dir, 'content/chapters'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content/chapters'));
  return dir;
}

export interface Run {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** Runs a command in `cwd`; resolves when it exits (never rejects). */
export function run(cwd: string, cmd: string, args: string[], timeoutMs = 600_000): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: cleanEnv() });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

/** Variables vitest puts in process.env (NODE_ENV=test, DEV=1, MODE=test …). */
const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'SITE', 'BASE_URL']);

/**
 * The environment for a child build or dev server, without vitest's variables: Astro reads
 * import.meta.env from process.env on the server, so DEV=1 would build drafts into the site.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (VITEST_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}

export const astroBuild = (cwd: string) => run(cwd, process.execPath, [join(cwd, 'node_modules/astro/astro.js'), 'build']);

/** Runs async jobs at most `limit` at a time (builds are heavy; CI machines may have 2 cores). */
export function limiter(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await job();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
