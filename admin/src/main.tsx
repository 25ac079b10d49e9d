import '@mantine/core/styles.css';
import './fonts.css';
import { Alert, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { SessionProvider } from './session/session-context';

const theme = createTheme({
  fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif',
  headings: { fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif' },
  primaryColor: 'indigo',
  // Shades that keep text at 4.5:1 or more (WCAG AA): white on indigo 7, dimmed text in gray 7.
  primaryShade: 7,
  respectReducedMotion: true,
  // An alert's title in the text colour: Mantine's light variant colours it at 3.4:1 on its tint.
  components: { Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-black)' } } }) },
});

// Field errors in red 8 (5.6:1 on white; Mantine's red 6 is 3.3:1); text on the primary colour's tint (the active menu
// link) in indigo 9 (5.9:1; indigo 7 is 4.3:1).
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)',
  },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
