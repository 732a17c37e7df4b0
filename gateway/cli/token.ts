import { parseArgs } from 'node:util';
import { principalFromClaims } from '../../shared/auth.js';
import { loadConfig } from '../../shared/config.js';
import { clientTokenSecret, issueToken } from '../auth.js';

// `npm run token -- --department CIVIL_AFFAIRS --role CASEWORKER --region 230127` prints a token
// signed with the hub's HS256 secret (in development, the one generated under DATA_DIR).
const { values } = parseArgs({
  options: {
    department: { type: 'string' },
    role: { type: 'string', multiple: true },
    region: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});

const config = loadConfig();
const secret = await clientTokenSecret(config);
if (!secret) {
  process.stderr.write('Client tokens come from the identity provider at AUTH_JWKS_URL.\n');
  process.exit(2);
}
let principal;
try {
  principal = principalFromClaims({
    sub:
      values.subject ??
      `dev-${(values.department ?? '').toLowerCase()}-${(values.role ?? []).join('-').toLowerCase()}`,
    department: values.department,
    roles: values.role ?? [],
    regionCode: values.region,
  });
} catch (error) {
  process.stderr.write(
    `${(error as Error).message}\nusage: npm run token -- --department CIVIL_AFFAIRS --role CASEWORKER [--role …] --region 230127 [--subject name] [--expires 12h]\n`,
  );
  process.exit(2);
}
const token = await issueToken(secret, principal, {
  audience: config.AUTH_AUDIENCE,
  ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
