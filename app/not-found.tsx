// The root 404 boundary sits above every locale's layout. Left out, Next inlines its own
// English fallback (with its styles) into every page's payload; ours is the global 404.
export { default } from './global-not-found';
