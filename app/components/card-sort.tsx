/**
 * Yrkeskort card sorting, done together at one screen: one big card at a time, Ja / Kanske / Nej by click, touch or
 * the keys 1/2/3, undo (U or Backspace), read aloud (L). Each answer is saved at once, one request after the other
 * (so an undo never overtakes the answer it undoes); without JavaScript the same buttons post ordinary forms.
 */
import { useFetcher, useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { CardAnswerCode } from "../../graphql/validation/participant.ts";
import { OccupationCardPictogram } from "./pictograms/pictogram.tsx";
import { answerLabel, groupBy } from "./participant-labels.tsx";

export interface SortCard {
  id: string;
  title: string;
  area: string;
  description: string;
}

export interface SortChoice {
  cardId: string;
  answer: string;
}

const ANSWERS: CardAnswerCode[] = ["YES", "MAYBE", "NO"];
const KEY_ANSWERS: Record<string, CardAnswerCode> = { "1": "YES", "2": "MAYBE", "3": "NO" };

type SaveResult = { ok: boolean; message?: string };

/** Posts payloads to the route's action one at a time, in order. `pending` counts those not yet answered. */
function useSequentialSaver(onError: (message: string) => void) {
  const fetcher = useFetcher<SaveResult>();
  const queue = useRef<Record<string, string>[]>([]);
  const phase = useRef<"idle" | "sent" | "busy">("idle");
  const [pending, setPending] = useState(0);
  const [kick, setKick] = useState(0);
  useEffect(() => {
    if (fetcher.state !== "idle") {
      if (phase.current === "sent") phase.current = "busy";
      return;
    }
    if (phase.current === "sent") return;
    if (phase.current === "busy") {
      phase.current = "idle";
      setPending((n) => n - 1);
      if (fetcher.data && !fetcher.data.ok) onError(fetcher.data.message ?? "Svaret kunde inte sparas.");
    }
    const next = queue.current.shift();
    if (next) {
      phase.current = "sent";
      fetcher.submit(next, { method: "post" });
    }
  }, [fetcher, fetcher.state, fetcher.data, kick, onError]);
  const enqueue = useCallback((payload: Record<string, string>) => {
    queue.current.push(payload);
    setPending((n) => n + 1);
    setKick((k) => k + 1);
  }, []);
  return { enqueue, pending };
}

/** Reads text aloud with the browser's speech synthesis, in a Swedish voice where there is one. */
function speak(text: string) {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "sv-SE";
  const voice = synth.getVoices().find((v) => v.lang.replace("_", "-").toLowerCase().startsWith("sv"));
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function CardSorter({ cards, sessionId, initial }: { cards: SortCard[]; sessionId: string; initial: SortChoice[] }) {
  // The answers live in a ref, so keys pressed faster than React renders still each see the card before them.
  const state = useRef({ answers: new Map(initial.map((c) => [c.cardId, c.answer])), order: initial.map((c) => c.cardId) });
  const [, rerender] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [canSpeak, setCanSpeak] = useState(false);
  const { enqueue, pending } = useSequentialSaver(useCallback((message: string) => setError(message), []));
  const submit = useSubmit();
  const completed = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Where the work continues: after "Börja sortera" (or a reload mid-session) focus goes to the first card's heading,
  // not <body>, so a screen reader starts at the card and the answer keys and buttons are next. No scroll: the card
  // and its buttons already fit the screen.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const { answers, order } = state.current;
  const firstOpen = (except?: string) => cards.findIndex((c) => c.id !== except && !answers.has(c.id));
  const index = firstOpen();
  const current = index >= 0 ? cards[index]! : null;
  const position = (i: number) => (i >= 0 ? `Kort ${i + 1} av ${cards.length}: ${cards[i]!.title}.` : "Alla kort är sorterade.");

  function answer(value: CardAnswerCode) {
    const s = state.current;
    const i = cards.findIndex((c) => !s.answers.has(c.id));
    if (i < 0 || finishing) return;
    const card = cards[i]!;
    s.answers = new Map(s.answers).set(card.id, value);
    s.order = [...s.order.filter((id) => id !== card.id), card.id];
    enqueue({ intent: "answer", via: "fetcher", sessionId, occupationCardId: card.id, answer: value });
    setAnnouncement(`${answerLabel[value]} på ${card.title}. ${position(cards.findIndex((c) => !s.answers.has(c.id)))}`);
    rerender((n) => n + 1);
  }

  function undo() {
    const s = state.current;
    const last = s.order.at(-1);
    if (!last || finishing) return;
    const answers = new Map(s.answers);
    answers.delete(last);
    s.answers = answers;
    s.order = s.order.slice(0, -1);
    enqueue({ intent: "undo", via: "fetcher", sessionId });
    setAnnouncement(`Ångrat. ${position(cards.findIndex((c) => !answers.has(c.id)))}`);
    rerender((n) => n + 1);
  }

  const readAloud = () => current && canSpeak && speak(`${current.title}. ${current.description}`);

  // The latest handlers for the one keydown listener.
  const handlers = useRef({ answer, undo, readAloud });
  handlers.current = { answer, undo, readAloud };

  useEffect(() => {
    setCanSpeak("speechSynthesis" in window);
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (KEY_ANSWERS[key]) handlers.current.answer(KEY_ANSWERS[key]);
      else if (key === "u" || key === "backspace") handlers.current.undo();
      else if (key === "l") handlers.current.readAloud();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Ends the session once every answer is saved: when the coach asks, or when the last card is answered.
  useEffect(() => {
    if (!current && !finishing) setFinishing(true);
    if (finishing && pending === 0 && !completed.current) {
      completed.current = true;
      submit({ intent: "complete", sessionId }, { method: "post" });
    }
  }, [current, finishing, pending, sessionId, submit]);

  function onAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as CardAnswerCode | undefined;
    if (value && ANSWERS.includes(value)) answer(value);
  }

  return (
    <div className="card-sort">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {current ? (
        <>
          <section className="sort-card" aria-labelledby="sort-card-title">
            <p className="sort-progress">
              Kort {index + 1} av {cards.length}
            </p>
            <progress max={cards.length} value={answers.size} aria-label={`${answers.size} av ${cards.length} kort sorterade`} />
            <OccupationCardPictogram cardId={current.id} decorative size={200} className="sort-picture" />
            <h2 id="sort-card-title" ref={heading} tabIndex={-1}>
              {current.title}
            </h2>
            <p className="sort-text">{current.description}</p>
            {canSpeak && (
              <button type="button" className="button secondary" onClick={readAloud} aria-keyshortcuts="L">
                Läs upp <kbd aria-hidden="true">L</kbd>
              </button>
            )}
          </section>
          <form method="post" className="answer-buttons" onSubmit={onAnswer} aria-label="Svara på kortet">
            <input type="hidden" name="intent" value="answer" />
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="occupationCardId" value={current.id} />
            {ANSWERS.map((value, i) => (
              <button key={value} type="submit" name="answer" value={value} className={`answer-button answer-${value.toLowerCase()}`} aria-keyshortcuts={String(i + 1)}>
                {answerLabel[value]} <kbd aria-hidden="true">{i + 1}</kbd>
              </button>
            ))}
          </form>
        </>
      ) : (
        <p className="notice">Alla kort är sorterade. Sammanfattningen visas strax.</p>
      )}
      <p className="shortcuts">Tangenter: 1 = Ja, 2 = Kanske, 3 = Nej, U eller Backspace = Ångra, L = Läs upp.</p>
      <p className="save-status">{error ?? (pending > 0 ? "Sparar …" : "Alla svar är sparade.")}</p>
      {error && (
        <p role="alert" className="form-error">
          {error} Ladda om sidan för att fortsätta.
        </p>
      )}
      <div className="sort-actions">
        <form method="post" onSubmit={(event) => (event.preventDefault(), undo())}>
          <input type="hidden" name="intent" value="undo" />
          <input type="hidden" name="sessionId" value={sessionId} />
          {/* aria-disabled, not disabled: a button that keeps focus when there is nothing left to undo. */}
          <button type="submit" className="button secondary" aria-disabled={order.length === 0 || finishing} aria-keyshortcuts="U Backspace">
            Ångra <kbd aria-hidden="true">U</kbd>
          </button>
        </form>
        <form method="post" onSubmit={(event) => (event.preventDefault(), setFinishing(true))}>
          <input type="hidden" name="intent" value="complete" />
          <input type="hidden" name="sessionId" value={sessionId} />
          <button type="submit" className="button secondary" disabled={finishing}>
            {finishing ? "Avslutar …" : "Avsluta"}
          </button>
        </form>
      </div>
    </div>
  );
}

/** One session's answers grouped by area: Ja, Kanske and Nej, each with its pictograms. */
export function CardSortSummary({ cards, choices }: { cards: SortCard[]; choices: SortChoice[] }) {
  const byCard = new Map(choices.map((c) => [c.cardId, c.answer]));
  const count = (answer: string) => choices.filter((c) => c.answer === answer).length;
  const unsorted = cards.filter((c) => !byCard.has(c.id)).length;
  const areas = groupBy(cards, (c) => c.area).filter(([, inArea]) => inArea.some((c) => byCard.has(c.id)));
  return (
    <div className="card-summary">
      <p>
        Ja: {count("YES")}. Kanske: {count("MAYBE")}. Nej: {count("NO")}.{unsorted > 0 && ` Inte sorterade: ${unsorted}.`}
      </p>
      {areas.map(([area, inArea], i) => (
        <section key={area} className="summary-area" aria-labelledby={`summary-area-${i}`}>
          <h3 id={`summary-area-${i}`}>{area}</h3>
          <div className="summary-columns">
            {ANSWERS.map((answer) => {
              const listed = inArea.filter((c) => byCard.get(c.id) === answer);
              return listed.length === 0 ? null : (
                <div key={answer} className={`summary-answer answer-${answer.toLowerCase()}`}>
                  <h4>{answerLabel[answer]}</h4>
                  <ul className="pictogram-list">
                    {listed.map((c) => (
                      <li key={c.id}>
                        <OccupationCardPictogram cardId={c.id} decorative size={48} />
                        <span>{c.title}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
