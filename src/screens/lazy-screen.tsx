// Loads a screen component on first use, so the first screen needs only the shell's JavaScript
// (DESIGN.md: ≤ 40 KB gzip; the activities and the quiz are the heavy parts). The player also
// preloads every lazy screen when the browser is idle, so a student rarely sees the placeholder.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Screen } from "../lesson/lesson-types";
import { ScreenFrame } from "../player/screen-frame";
import type { ScreenProps } from "./screen-props";

export interface LazyScreen<S extends Screen> {
  (props: ScreenProps<S>): preact.JSX.Element;
  preload(): Promise<unknown>;
}

export function lazyScreen<S extends Screen>(load: () => Promise<ComponentType<ScreenProps<S>>>): LazyScreen<S> {
  let loaded: ComponentType<ScreenProps<S>> | null = null;
  let pending: Promise<ComponentType<ScreenProps<S>>> | null = null;
  const preload = () => {
    pending ??= load().then((component) => (loaded = component));
    return pending;
  };

  function Lazy(props: ScreenProps<S>) {
    const [Component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload().then(
        (c) => {
          if (!live) return;
          // The player focused the placeholder's title; give focus to the real one.
          const hadFocus = document.activeElement?.id === "screen-title";
          setComponent(() => c);
          if (hadFocus) requestAnimationFrame(() => document.getElementById("screen-title")?.focus());
        },
        // A chunk that fails to load (network gone) is tried again on the next visit.
        () => (pending = null),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return <ScreenFrame screen={props.screen} showText={false} />;
  }
  Lazy.preload = preload;
  return Lazy as LazyScreen<S>;
}
