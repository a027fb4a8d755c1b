/**
 * The deployment files other than Lambda: Dockerfile and the Kubernetes manifests in deploy/.
 * No Docker engine or cluster here, so: parse them, check they agree with the app (port,
 * probe routes, settings), and run the image's HEALTHCHECK command against a live server.
 * (Kept beside the Lambda tests: both are about running the service somewhere.)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createApp } from '../../src/app.js';
import { defaultConfig, INT_SETTINGS, loadConfig } from '../../src/config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  ports: { name: string; containerPort: number }[];
  env: { name: string; value: string }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  resources: {
    requests: { cpu: string; memory: string };
    limits: { cpu: string; memory: string };
  };
}
// biome-ignore lint/suspicious/noExplicitAny: manifests are checked field by field below
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec: any };

const manifests: Manifest[] = readdirSync(`${root}/deploy`)
  .filter((file) => /\.ya?ml$/.test(file))
  .flatMap((file) =>
    parseAllDocuments(read(`deploy/${file}`)).map((doc) => {
      expect(doc.errors, file).toEqual([]);
      return doc.toJS() as Manifest;
    }),
  );
const byKind = (kind: string) => {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Manifest;
};

const dockerfile = read('Dockerfile');
const exposed = Number(dockerfile.match(/^EXPOSE (\d+)$/m)?.[1]);

describe('Kubernetes manifests', () => {
  const deployment = byKind('Deployment');
  const container = deployment.spec.template.spec.containers[0] as Container;
  const portNumber = (port: string | number) =>
    typeof port === 'number' ? port : container.ports.find((p) => p.name === port)?.containerPort;

  it('has a Deployment whose selector matches its pods, a Service, an HPA on CPU and a PDB', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(labels).toMatchObject(deployment.spec.selector.matchLabels);
    const service = byKind('Service');
    expect(labels).toMatchObject(service.spec.selector);
    const hpa = byKind('HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.metrics).toContainEqual(
      expect.objectContaining({
        type: 'Resource',
        resource: expect.objectContaining({ name: 'cpu' }),
      }),
    );
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const budget = byKind('PodDisruptionBudget');
    expect(labels).toMatchObject(budget.spec.selector.matchLabels);
    expect(budget.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
  });

  it('uses the port the image exposes and the app listens on, in the probes and the Service', () => {
    const env = Object.fromEntries(container.env.map(({ name, value }) => [name, value]));
    const config = loadConfig(env);
    expect(container.ports[0]?.containerPort).toBe(config.port);
    expect(config.port).toBe(exposed);
    expect(config.port).toBe(defaultConfig.port);
    expect(portNumber(container.readinessProbe.httpGet.port)).toBe(config.port);
    expect(portNumber(container.livenessProbe.httpGet.port)).toBe(config.port);
    const service = byKind('Service');
    expect(portNumber(service.spec.ports[0].targetPort)).toBe(config.port);
  });

  it('probes /ready for readiness and /health for liveness', () => {
    expect(container.readinessProbe.httpGet.path).toBe('/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/health');
  });

  it('sets resource requests and limits (CPU requests are what the HPA scales on)', () => {
    expect(container.resources.requests.cpu).toMatch(/^\d+m?$/);
    expect(container.resources.requests.memory).toMatch(/^\d+(Mi|Gi)$/);
    expect(container.resources.limits.cpu).toMatch(/^\d+m?$/);
    expect(container.resources.limits.memory).toMatch(/^\d+(Mi|Gi)$/);
  });

  it('only sets settings the app knows, with valid values, and drains within the grace period', () => {
    const known = new Set(['HOST', 'LOG_LEVEL', ...INT_SETTINGS.map((setting) => setting.env)]);
    for (const { name } of container.env) expect(known, name).toContain(name);
    const env = Object.fromEntries(container.env.map(({ name, value }) => [name, value]));
    const config = loadConfig(env); // throws on a bad value
    expect(config.host).toBe('0.0.0.0');
    const grace = deployment.spec.template.spec.terminationGracePeriodSeconds as number;
    expect(config.shutdownTimeoutMs).toBeLessThan(grace * 1000);
  });
});

describe('Dockerfile', () => {
  it('builds on node:20-slim in two stages and runs dist/server.js as the node user', () => {
    expect(dockerfile.match(/^FROM node:20-slim AS \w+$/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci --no-audit --no-fund\n/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server\.js"\]$/m);
    // The runtime stage copies only dist: server.ts must be compiled there by the build config.
    const build = JSON.parse(read('tsconfig.build.json'));
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
  });

  describe('HEALTHCHECK command', () => {
    let server: Server;
    let port: number;
    const command = JSON.parse(
      dockerfile.match(/^\s*CMD (\["node", "-e", .*\])$/m)?.[1] ?? '[]',
    ) as string[];
    // Asynchronous: the server answering the check runs in this process.
    const check = (env: Record<string, string>) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, command.slice(1), {
          env: { ...process.env, ...env },
          stdio: 'ignore',
        });
        child.on('exit', (code) => resolve(code));
      });

    beforeAll(async () => {
      server = createServer(createApp({ ...defaultConfig, logLevel: 'silent' }));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('exits 0 when /health answers and 1 when nothing listens', async () => {
      expect(dockerfile).toMatch(/^HEALTHCHECK /m);
      expect(command[0]).toBe('node');
      expect(await check({ PORT: String(port) })).toBe(0);
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const freePort = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      expect(await check({ PORT: String(freePort) })).toBe(1);
    });
  });
});

describe('.dockerignore', () => {
  it('keeps local builds and dependencies out of the build context but not the sources', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
    for (const needed of ['src', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      expect(ignored).not.toContain(needed);
    }
  });
});
