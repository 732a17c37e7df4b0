import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { flattenNode, planExport } from '../../shared/export/columns.js';
import { exportCsv, inertCell } from '../../shared/export/csv.js';
import { readCsv } from '../../subgraphs/civil-affairs/import/sheet.js';
import { readRows } from '../../subgraphs/civil-affairs/import/row.js';

// What someone typed into a name must not run as a formula when an export is opened; a list that
// is no connection is asked once.

it('keeps spreadsheets from running a cell as a formula, but leaves numbers alone', () => {
  expect(inertCell('=HYPERLINK("http://example.invalid","点击")')).toBe(
    `'=HYPERLINK("http://example.invalid","点击")`,
  );
  expect(inertCell('+86 451 5555')).toBe(`'+86 451 5555`);
  expect(inertCell('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
  expect(inertCell('-2+3')).toBe(`'-2+3`);
  expect(inertCell('-120.50')).toBe('-120.50');
  expect(inertCell('360000.00')).toBe('360000.00');
  expect(inertCell('平川镇社工站')).toBe('平川镇社工站');
  expect(inertCell('')).toBe('');
});

it('writes such cells inert, and the import reads back what was typed', async () => {
  // A gateway that answers one page.
  const gateway = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        data: {
          stations: {
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ node: { name: '=1+1 站', address: '-5 号' } }],
          },
        },
      }),
    );
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  let text = '';
  await exportCsv(
    { url: `http://127.0.0.1:${port}/graphql`, token: 'token' },
    {
      query:
        'query($first: Int, $after: String) { stations(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name address } } } }',
      path: 'stations',
      header: ['站点名称', '地址'],
      record: (node) => [String(node.name), String(node.address)],
    },
    (chunk) => {
      text += chunk;
    },
  ).finally(() => gateway.close());
  expect(text).toBe(`\uFEFF站点名称,地址\r\n'=1+1 站,'-5 号\r\n`);
  const sheet = readCsv(Buffer.from(text, 'utf8'));
  const { readers, problems } = readRows(
    [
      { key: 'name', headers: ['站点名称'], required: true },
      { key: 'address', headers: ['地址'], required: false },
    ],
    sheet,
  );
  expect(problems).toEqual([]);
  expect([readers[0]!.text('name'), readers[0]!.text('address')]).toEqual(['=1+1 站', '-5 号']);
});

it('asks a list once, without pages, and writes its items', async () => {
  const asked: unknown[] = [];
  const gateway = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      asked.push((JSON.parse(body) as { variables: unknown }).variables);
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          data: {
            region: {
              coverage: {
                stationsByLevel: [
                  { level: 'TOWNSHIP_STATION', count: 8 },
                  { level: 'VILLAGE_ROOM', count: 0 },
                ],
              },
            },
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  const query =
    'query($code: ID!) { region(code: $code) { coverage { stationsByLevel { level count } } } }';
  const path = 'region.coverage.stationsByLevel';
  const plan = planExport(query, path);
  expect(plan).toEqual({
    shape: 'list',
    columns: [
      { name: 'level', type: null },
      { name: 'count', type: null },
    ],
  });
  const header = plan.columns.map((column) => column.name);
  let text = '';
  const rows = await exportCsv(
    { url: `http://127.0.0.1:${port}/graphql`, token: 'token' },
    {
      query,
      path,
      header,
      shape: plan.shape,
      variables: { code: '230127' },
      record: (node) => flattenNode(node, header),
    },
    (chunk) => {
      text += chunk;
    },
  ).finally(() => gateway.close());
  expect(rows).toBe(2);
  expect(asked).toEqual([{ code: '230127' }]);
  expect(text).toBe('\uFEFFlevel,count\r\nTOWNSHIP_STATION,8\r\nVILLAGE_ROOM,0\r\n');
});
