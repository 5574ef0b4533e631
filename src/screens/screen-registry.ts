// Screen kind -> component: the one table that says how each kind in the lesson data is shown.
import { h, type ComponentType } from "preact";
import type { Screen, ScreenKind } from "../lesson/lesson-types";
import { InfoScreen } from "./info-screen";
import { lazyScreen } from "./lazy-screen";
import { ResultsScreenView } from "./results-screen";
import type { ScreenProps } from "./screen-props";
import { TakeHomeScreenView } from "./take-home-screen";
import { WelcomeScreenView } from "./welcome-screen";

// The interactive screens are separate chunks (see lazy-screen.tsx).
const PracticeCallScreenView = lazyScreen(() => import("./practice-call-screen").then((m) => m.PracticeCallScreenView));
const SortingScreenView = lazyScreen(() => import("./sorting-screen").then((m) => m.SortingScreenView));
const QuizScreenView = lazyScreen(() => import("./quiz-screen").then((m) => m.QuizScreenView));

/** Fetches every lazily loaded screen (the player calls this when the browser is idle). */
export function preloadScreens(): void {
  for (const screen of [PracticeCallScreenView, SortingScreenView, QuizScreenView]) void screen.preload().catch(() => {});
}

type Registry = { [K in ScreenKind]: ComponentType<ScreenProps<Extract<Screen, { kind: K }>>> };

export const SCREEN_REGISTRY: Registry = {
  welcome: WelcomeScreenView,
  info: InfoScreen,
  "practice-call": PracticeCallScreenView,
  sorting: SortingScreenView,
  quiz: QuizScreenView,
  results: ResultsScreenView,
  "take-home": TakeHomeScreenView,
};

export function renderScreen(screen: Screen, props: Omit<ScreenProps<Screen>, "screen">) {
  // The registry's mapped type guarantees the component matches the kind; TS cannot follow
  // that through the union, hence the cast. key = screen id: each screen starts fresh.
  const Component = SCREEN_REGISTRY[screen.kind] as ComponentType<ScreenProps<Screen>>;
  return h(Component, { ...props, screen, key: screen.id });
}
