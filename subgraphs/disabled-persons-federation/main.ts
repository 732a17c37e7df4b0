import 'reflect-metadata';
import { runSubgraphMain } from '../main.js';

// Runs the disabled persons' federation subgraph on its own, as a deployment does.
await runSubgraphMain('disabled-persons-federation');
