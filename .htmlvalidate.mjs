// html-validate: the recommended rules for every built page (`npm run test:site`).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes its redirect pages with a lower-case <!doctype html>; both spellings are valid HTML.
    'doctype-style': 'off',
  },
};
