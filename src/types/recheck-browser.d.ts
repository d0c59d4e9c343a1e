// recheck ships no types for its in-process (browser) entry; it has the same API as the main one.
declare module 'recheck/lib/browser.js' {
  export { checkSync } from 'recheck';
}
