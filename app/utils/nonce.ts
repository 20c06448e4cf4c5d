import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy script nonce, for Remix's and React's inline scripts. Provided by
 * app/entry.server.tsx; empty in the browser, where the nonce has done its work (and browsers hide it from the DOM).
 */
export const NonceContext = createContext("");

export const useNonce = () => useContext(NonceContext);
