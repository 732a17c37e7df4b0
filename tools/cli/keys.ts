import { generateInternalKeys } from '../../shared/auth.js';
import { answerHelp } from './usage.js';

// `npm run keys` prints new keys as environment lines: HUB_SIGNING_KEY for the gateway,
// HUB_VERIFY_KEYS for every subgraph, HUB_BINDING_SECRET for both. To rotate, give subgraphs
// "new,old" first, then switch the gateway to the new key or secret, then drop the old one.
answerHelp(
  'usage: npm run keys\n  prints a new gateway key pair, HUB_SIGNING_KEY (gateway) and HUB_VERIFY_KEYS (subgraphs),\n  and HUB_BINDING_SECRET (gateway and subgraphs)\n',
);
const keys = await generateInternalKeys();
const oneLine = (pem: string) => pem.trim().replaceAll('\n', '\\n');
process.stdout.write(
  `HUB_SIGNING_KEY="${oneLine(keys.privatePem)}"\nHUB_VERIFY_KEYS="${oneLine(keys.publicPem)}"\nHUB_BINDING_SECRET="${keys.bindingSecret}"\n`,
);
