import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createUserManager } from './auth/user-manager';
import { loadConsoleConfig } from './config/load-config';
import { initI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const [config] = await Promise.all([loadConsoleConfig(), initI18n()]);
createRoot(root).render(
  <StrictMode>
    <App config={config} userManager={createUserManager(config)} />
  </StrictMode>,
);
