// The translate function as Preact context, so any component can say useT()("nav.next").
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Translate } from "./setup-i18n";

export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}
