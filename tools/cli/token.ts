import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { principalFromClaims } from '../../shared/auth.js';
import { loadConfig } from '../../shared/config.js';
import { clientTokenSecret, issueToken } from '../../gateway/auth.js';
import { DEPARTMENT_CODES, departmentNamed } from '../../shared/departments.js';
import { answerHelp, usageError } from './usage.js';

// `npm run token -- --department CIVIL_AFFAIRS --role CASEWORKER --region 230127` prints a token
// signed with the hub's HS256 secret (in development, the one generated under DATA_DIR).
const USAGE = `usage: npm run token -- --department DEPARTMENT --role ROLE [--role …] --region CODE [--subject NAME] [--expires 12h]
  DEPARTMENT  ${DEPARTMENT_CODES.join(' | ')}
              (or its service name: civil-affairs, disabled-persons-federation, …)
  ROLE        VIEWER | ANALYST | CASEWORKER | SUPERVISOR | AUDITOR | ADMIN
  CODE        a division code (230127), or 100000 for the whole country
`;
answerHelp(USAGE);
let values;
try {
  ({ values } = parseArgs({
    options: {
      department: { type: 'string' },
      role: { type: 'string', multiple: true },
      region: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  }));
} catch (error) {
  usageError((error as Error).message, USAGE);
}
const department = values.department && (departmentNamed(values.department) ?? values.department);

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
      `dev-${(department ?? '').toLowerCase()}-${(values.role ?? []).join('-').toLowerCase()}`,
    department,
    roles: values.role ?? [],
    regionCode: values.region,
  });
} catch (error) {
  usageError((error as Error).message, USAGE);
}
const token = await issueToken(secret, principal, {
  audience: config.AUTH_AUDIENCE,
  ...(config.AUTH_ISSUER ? { issuer: config.AUTH_ISSUER } : {}),
  expiresIn: values.expires,
});
// The gateway refuses a token that lives longer than it allows: better to say so now.
const { iat = 0, exp = 0 } = decodeJwt(token);
if (exp - iat > config.AUTH_MAX_TOKEN_LIFETIME_SECONDS) {
  process.stderr.write(
    `--expires ${values.expires} is longer than the ${config.AUTH_MAX_TOKEN_LIFETIME_SECONDS} s the gateway accepts (AUTH_MAX_TOKEN_LIFETIME_SECONDS)\n`,
  );
  process.exit(2);
}
process.stdout.write(`${token}\n`);
