// Entry point: mounts the app, in StrictMode so that development runs every effect twice and shows at once an effect
// that does not undo itself (production builds ignore it).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
