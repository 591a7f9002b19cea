/**
 * A script that records a page's console errors in the page itself, for an engine driven over
 * W3C WebDriver classic (WebKitGTK's WebKitWebDriver), which gives no access to the console.
 * The test server loads it first in <head> (see server.ts), before the page's own scripts and
 * its CSP, so it sees what those would log: console.error calls, uncaught exceptions, unhandled
 * rejections, resources that fail to load, and CSP violations. Engines with a console protocol
 * (CDP, WebDriver BiDi) read the real console instead.
 */

/** Where the recorder keeps what it saw. */
export const RECORDER_GLOBAL = '__glossaConsoleErrors';

export const CONSOLE_RECORDER = `(() => {
  'use strict';
  const errors = [];
  Object.defineProperty(window, '${RECORDER_GLOBAL}', { value: errors });
  const text = (value) => {
    try {
      if (value instanceof Error) return value.name + ': ' + value.message;
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const error = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return error.apply(this, args);
  };
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) {
        errors.push('failed to load <' + target.localName + '> ' + (target.src || target.href || ''));
      } else {
        const where = event.filename ? ' (' + event.filename + ':' + event.lineno + ')' : '';
        errors.push('uncaught ' + (event.error ? text(event.error) : event.message) + where);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    errors.push('unhandled rejection: ' + text(event.reason));
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push('CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  });
})();
`;
