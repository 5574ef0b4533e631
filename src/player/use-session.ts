// Subscribes a component to the LessonSession's snapshots (the view model's only hook).
import { useEffect, useState } from "preact/hooks";
import type { LessonSession, SessionSnapshot } from "./lesson-session";

export function useSessionSnapshot(session: LessonSession): SessionSnapshot {
  const [snapshot, setSnapshot] = useState(session.state);
  useEffect(() => {
    setSnapshot(session.state);
    return session.subscribe(setSnapshot);
  }, [session]);
  return snapshot;
}
