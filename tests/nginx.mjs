// Serves a built app through Debian's nginx with the shipped configuration
// (deploy/nginx/app.conf, included verbatim), for the browser tests that run
// against a production server (`make test-nginx`, APP_SERVER=nginx).
//
//   const { url, close } = await startNginx({ root: 'dist' });
//
// Only what a council sets for itself differs from deploy/nginx/: the port
// (127.0.0.1, a free one), plain http (127.0.0.1 counts as secure for the
// service worker and WebCrypto, so the tests need no certificate), the root,
// and the files nginx writes (pid, logs, temp) in a folder of its own.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_CONF = path.join(REPO_ROOT, 'deploy', 'nginx', 'app.conf');
export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
// Debian's prefix: the module lines in /etc/nginx/modules-enabled name their
// files relative to it. Everything this harness writes has an absolute path.
const PREFIX = '/usr/share/nginx/';

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, log, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const errors = existsSync(log) ? await readFile(log, 'utf8') : '';
  throw new Error(`nginx did not start on 127.0.0.1:${port}:\n${errors}`);
}

/** Start nginx over `root` with deploy/nginx/app.conf. Resolves to { url, close }. */
export async function startNginx({ root }) {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} not found: run "make setup" (apt-get install nginx-light).`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sss-nginx-'));
  const port = await freePort();
  const log = path.join(dir, 'error.log');
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(
    conf,
    `# Written by tests/nginx.mjs for one test run.
user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${log} warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(root)};
    include ${APP_CONF};
  }
}
`,
  );
  const child = spawn(NGINX, ['-c', conf, '-p', PREFIX, '-e', log, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    await waitForPort(port, child, log);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${err.message}\n${stderr}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const SITE_CONF = path.join(REPO_ROOT, 'deploy', 'nginx', 'sense-spot-stop.conf');

/**
 * `nginx -t` on deploy/nginx/sense-spot-stop.conf as shipped, with a throwaway
 * self-signed certificate in place of the council's and app.conf where the
 * site includes it. Resolves to nginx's output; rejects with it on failure.
 */
export async function checkSiteConfig() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sss-nginx-t-'));
  try {
    const run = (cmd, args) =>
      new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.once('error', reject);
        child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')}:\n${out}`))));
      });
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost']);
    const site = (await readFile(SITE_CONF, 'utf8'))
      .replace('/etc/ssl/certs/sense-spot-stop.pem', cert)
      .replace('/etc/ssl/private/sense-spot-stop.key', key)
      .replace('include snippets/sense-spot-stop-app.conf;', `include ${APP_CONF};`);
    await writeFile(path.join(dir, 'site.conf'), site);
    await writeFile(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;
include /etc/nginx/modules-enabled/*.conf;
events {}
http {
  include /etc/nginx/mime.types;
  include ${dir}/site.conf;
}
`,
    );
    return await run(NGINX, ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', PREFIX, '-e', path.join(dir, 'error.log')]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
