import '@fontsource-variable/noto-sans';
import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../../shared/i18n';
import { App } from './app/App';
import { startup } from './app/startup';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const { language, settings } = await startup();
  document.documentElement.lang = language;
  createRoot(container).render(
    <StrictMode>
      <App i18n={createI18n(language)} initialLanguage={language} initialSettings={settings} />
    </StrictMode>,
  );
}

void start();
