/**
 * Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi. (Playwright's own
 * BiDi Firefox channel does not work with firefox-esr; puppeteer's does.)
 */
import { launchPuppeteer } from './puppeteer.ts';
import { findExecutable, type EngineFactory } from './types.ts';

const binary = () =>
  findExecutable(process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', 'firefox-esr', 'firefox');

export const firefox: EngineFactory = {
  name: 'firefox',
  packages: ['firefox-esr'],
  needsConsoleRecorder: false,
  missing: () => (binary() ? null : 'no firefox binary (apt-get install firefox-esr, or set FIREFOX_PATH)'),
  launch: () =>
    launchPuppeteer(
      'firefox',
      async (browser) => (await browser.version()).replace(/^firefox\//i, 'Firefox ') + ' (ESR)',
      {
        browser: 'firefox',
        executablePath: binary() ?? '',
        extraPrefsFirefox: {
          // Nothing may be fetched from outside during a test run.
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'extensions.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    ),
};
