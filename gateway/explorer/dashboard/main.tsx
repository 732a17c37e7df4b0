import './dashboard.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const container = document.getElementById('dashboard');
if (!container) throw new Error('the page has no #dashboard element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
