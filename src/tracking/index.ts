// Front door of tracking: the player imports from here and nowhere else in this folder.
export type {
  Tracker,
  TrackerMode,
  StartInfo,
  SavedProgress,
  LessonOutcome,
  DeliveryStatus,
  StandaloneReason,
} from "./tracker";
export type { ObjectiveResult } from "../quiz/objective-results";
export { chooseTracker, type ChooseTrackerOptions, type ScormVersionSetting } from "./choose-tracker";
export { decideOutcome, type OutcomeInput } from "./completion-rules";
export { bindPageLifecycle } from "./page-lifecycle";
