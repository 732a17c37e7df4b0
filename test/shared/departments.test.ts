import { existsSync, readFileSync } from 'node:fs';
import {
  DEPARTMENT_CODES,
  DEPARTMENT_REGISTRY,
  DEPARTMENT_SERVICES,
  department,
  departmentNamed,
} from '../../shared/departments.js';

const root = new URL('../../', import.meta.url);

it('names each department once: its service name is its code in kebab case', () => {
  expect(DEPARTMENT_SERVICES).toEqual([
    'civil-affairs',
    'trade-union',
    'youth-league',
    'women-federation',
    'disabled-persons-federation',
    'charity',
  ]);
  expect(department('disabled-persons-federation').code).toBe('DISABLED_PERSONS_FEDERATION');
  expect(department('TRADE_UNION').service).toBe('trade-union');
  expect(() => department('disability-federation' as never)).toThrow('unknown department');
});

it('has a folder under subgraphs/ and its own port for every department', () => {
  for (const service of DEPARTMENT_SERVICES) {
    expect({ service, folder: existsSync(new URL(`subgraphs/${service}/index.ts`, root)) }).toEqual(
      {
        service,
        folder: true,
      },
    );
  }
  const ports = DEPARTMENT_REGISTRY.map((entry) => entry.port);
  expect(new Set(ports).size).toBe(ports.length);
});

it('takes a department from a command line in either spelling, and nothing else', () => {
  expect(departmentNamed('DISABLED_PERSONS_FEDERATION')).toBe('DISABLED_PERSONS_FEDERATION');
  expect(departmentNamed('disabled-persons-federation')).toBe('DISABLED_PERSONS_FEDERATION');
  expect(departmentNamed(' Women-Federation ')).toBe('WOMEN_FEDERATION');
  expect(departmentNamed('disability-federation')).toBeUndefined();
  expect(departmentNamed('')).toBeUndefined();
});

it('publishes every department in the graph by the names the registry derives', () => {
  const sdl = readFileSync(new URL('supergraph.graphql', root), 'utf8');
  for (const entry of DEPARTMENT_REGISTRY) {
    expect(sdl).toContain(`  ${entry.code}`);
    expect(sdl).toContain(`join__graph(name: "${department(entry.code).service}"`);
    expect(sdl).toMatch(new RegExp(`\\n  ${entry.accessLogField}\\(`));
    if ('moneyLabel' in entry) {
      const stem = entry.fieldStem[0]!.toUpperCase() + entry.fieldStem.slice(1);
      expect(sdl).toContain(`  record${stem}Contribution(`);
      expect(sdl).toContain(`  ${entry.fieldStem}Contribution: Contribution`);
    }
  }
  expect(DEPARTMENT_CODES).toHaveLength(6);
});
