// Monaco's workers first: GraphiQL creates its editors as soon as it renders.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './explorer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const container = document.getElementById('explorer');
if (!container) throw new Error('the page has no #explorer element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
