'use client';
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { MatchingQuestion, MultipleChoiceQuestion, Question, QuizAnswer, TimelineQuestion, TrueFalseQuestion, TypedQuestion } from '@/lib/quiz';
import { RichText } from '@/components/ui/rich-text';
import { letter } from './exam-text';
import { useRovingFocus } from './use-roving-focus';
import { QuestionBlock, QuestionText, plainText } from './question-text';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

type ViewProps<Q extends Question> = {
  question: Q;
  answer: QuizAnswer | undefined;
  onAnswer: (answer: QuizAnswer | null) => void;
  /** Enter in a text field: go on to the next question. */
  onSubmit: () => void;
};

function toggle(list: readonly number[], index: number): number[] {
  return list.includes(index) ? list.filter((i) => i !== index) : [...list, index].sort((a, b) => a - b);
}

/** "Choose all that apply": a multiple-choice note with several right options, ticked with checkboxes. */
function ChooseAllView({ question, answer, onAnswer }: ViewProps<MultipleChoiceQuestion>) {
  const { t } = usePreferences();
  const ticked = answer?.type === 'multiple-choice' && 'indexes' in answer ? answer.indexes : [];
  const promptId = `${question.id}-prompt`;
  const hintId = `${question.id}-hint`;
  return (
    <fieldset className={choiceStyles.group} aria-labelledby={promptId} aria-describedby={hintId}>
      <div id={promptId} className={styles.prompt}>
        <QuestionText question={question} text={question.prompt} />
      </div>
      <p id={hintId} className={choiceStyles.hint}>
        {t('examDecks.chooseAll')}
      </p>
      <div className={choiceStyles.choicesColumn}>
        {question.options.map((option, index) => (
          <label key={index} className={choiceStyles.choice}>
            <input
              type="checkbox"
              checked={ticked.includes(index)}
              onChange={() => {
                const next = toggle(ticked, index);
                onAnswer(next.length > 0 ? { type: 'multiple-choice', indexes: next } : null);
              }}
            />
            <span>
              <QuestionText question={question} text={option} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function MultipleChoiceView(props: ViewProps<MultipleChoiceQuestion>) {
  const { question, answer, onAnswer } = props;
  if (question.answerIndexes) return <ChooseAllView {...props} />;
  const chosen = answer?.type === 'multiple-choice' && 'index' in answer ? answer.index : undefined;
  const radios = (
    <div className={choiceStyles.choicesColumn}>
      {question.options.map((option, index) => (
        <label key={index} className={choiceStyles.choice}>
          <input type="radio" name={`${question.id}-option`} checked={chosen === index} onChange={() => onAnswer({ type: 'multiple-choice', index })} />
          <span>
            <QuestionText question={question} text={option} />
          </span>
        </label>
      ))}
    </div>
  );
  if (question.format === 'markdown') {
    // Card text may hold paragraphs or lists, which do not belong in a <legend>: the prompt labels the group instead.
    const promptId = `${question.id}-prompt`;
    return (
      <fieldset className={choiceStyles.group} aria-labelledby={promptId}>
        <div id={promptId} className={styles.prompt}>
          <RichText source={question.prompt} />
        </div>
        {radios}
      </fieldset>
    );
  }
  return (
    <fieldset className={choiceStyles.group}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      {radios}
    </fieldset>
  );
}

function TrueFalseView({ question, answer, onAnswer }: ViewProps<TrueFalseQuestion>) {
  const { t } = usePreferences();
  const value = answer?.type === 'true-false' ? answer.value : undefined;
  return (
    <>
      {question.variant === 'card' ? (
        <>
          <QuestionBlock className={styles.prompt} question={question} text={question.prompt} />
          <p className={choiceStyles.hint}>{t('examDecks.proposedAnswer')}</p>
        </>
      ) : null}
      <QuestionBlock className={styles.statement} question={question} text={question.statement} />
      <fieldset className={choiceStyles.group}>
        <legend className={choiceStyles.legend}>{t('exam.trueFalse.legend')}</legend>
        <div className={choiceStyles.choices}>
          {[true, false].map((option) => (
            <label key={String(option)} className={choiceStyles.choice}>
              <input type="radio" name={`${question.id}-verdict`} checked={value === option} onChange={() => onAnswer({ type: 'true-false', value: option })} />
              <span>{t(option ? 'exam.true' : 'exam.false')}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

function TypedView({ question, answer, onAnswer, onSubmit }: ViewProps<TypedQuestion>) {
  const { t } = usePreferences();
  const text = answer?.type === 'typed' ? answer.text : '';
  const inputId = `${question.id}-typed`;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <QuestionBlock className={styles.prompt} question={question} text={question.prompt} />
      <label htmlFor={inputId} className={choiceStyles.legend}>
        {t('exam.typed.label')}
      </label>
      <p id={`${inputId}-hint`} className={choiceStyles.hint}>
        {t('exam.typed.hint')}
      </p>
      <input
        id={inputId}
        className={styles.input}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={`${inputId}-hint`}
        value={text}
        onChange={(event) => onAnswer(event.target.value.trim() ? { type: 'typed', text: event.target.value } : null)}
      />
    </form>
  );
}

/** The answers offered in place under the open item of a matching question: one Tab stop, arrows inside. */
function MatchOptions({
  question,
  leftId,
  pairs,
  onPick,
  onClose,
}: {
  question: MatchingQuestion;
  leftId: string;
  pairs: Record<string, string>;
  onPick: (rightId: string | null) => void;
  onClose: () => void;
}) {
  const { t } = usePreferences();
  const paired = pairs[leftId];
  const count = question.right.length + (paired ? 1 : 0);
  const start = paired ? Math.max(0, question.right.findIndex((r) => r.id === paired)) : 0;
  const roving = useRovingFocus(count, start, (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  });
  const { focusAt } = roving;
  useEffect(() => {
    focusAt(start);
    // Only when the list opens: later moves are the student's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const leftOf = (rightId: string) => Object.entries(pairs).find(([l, r]) => r === rightId && l !== leftId)?.[0];
  const leftText = (id: string) => plainText(question, question.left.find((l) => l.id === id)?.text ?? id);
  return (
    <ul id={`${question.id}-options-${leftId}`} className={styles.options} aria-label={t('examFix.matching.options', { item: leftText(leftId) })}>
      {question.right.map((right, index) => {
        const taken = leftOf(right.id);
        const { ref, ...rest } = roving.bind(index);
        return (
          <li key={right.id}>
            <button type="button" className={`button ${styles.itemButton}`} aria-pressed={paired === right.id} ref={ref} {...rest} onClick={() => onPick(right.id)}>
              <span>
                {letter(index)}. <QuestionText question={question} text={right.text} />
              </span>
              {taken ? <span className={styles.itemMeta}>{t('examFix.matching.takenBy', { item: leftText(taken) })}</span> : null}
            </button>
          </li>
        );
      })}
      {paired
        ? (() => {
            const { ref, ...rest } = roving.bind(question.right.length);
            return (
              <li>
                <button type="button" className={`button ${styles.itemButton}`} ref={ref} {...rest} onClick={() => onPick(null)}>
                  {t('examFix.matching.noPair')}
                </button>
              </li>
            );
          })()
        : null}
    </ul>
  );
}

/**
 * Matching, compact for a phone: the items to match form one list; choosing one opens the answers right
 * under it, and choosing an answer pairs them. Each list is one Tab stop with arrow keys inside.
 */
function MatchingView({ question, answer, onAnswer }: ViewProps<MatchingQuestion>) {
  const { t } = usePreferences();
  const pairs = answer?.type === 'matching' ? answer.pairs : {};
  const [open, setOpen] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const roving = useRovingFocus(question.left.length);
  const textOf = (id: string) => plainText(question, question.left.find((l) => l.id === id)?.text ?? question.right.find((r) => r.id === id)?.text ?? id);
  const rightIndex = (id: string) => question.right.findIndex((r) => r.id === id);

  const close = (leftId: string) => {
    setOpen(null);
    roving.focusAt(question.left.findIndex((l) => l.id === leftId));
  };

  const pick = (leftId: string, rightId: string | null) => {
    const next: Record<string, string> = {};
    for (const [l, r] of Object.entries(pairs)) if (l !== leftId && r !== rightId) next[l] = r;
    if (rightId !== null) next[leftId] = rightId;
    onAnswer(Object.keys(next).length > 0 ? { type: 'matching', pairs: next } : null);
    setAnnouncement(
      rightId !== null ? t('exam.matching.paired', { left: textOf(leftId), right: textOf(rightId) }) : t('exam.matching.unpaired', { left: textOf(leftId) }),
    );
    close(leftId);
  };

  return (
    <div>
      <p className={styles.prompt} id={`${question.id}-prompt`}>
        {question.prompt}
      </p>
      <p className={choiceStyles.hint}>{t('examFix.matching.instructions')}</p>
      <ul className={styles.list} aria-labelledby={`${question.id}-prompt`}>
        {question.left.map((left, index) => {
          const paired = pairs[left.id];
          const { ref, ...rest } = roving.bind(index);
          return (
            <li key={left.id} className={styles.matchItem}>
              <button
                type="button"
                className={`button ${styles.itemButton}`}
                aria-expanded={open === left.id}
                aria-controls={open === left.id ? `${question.id}-options-${left.id}` : undefined}
                ref={ref}
                {...rest}
                onClick={() => {
                  const opening = open !== left.id;
                  setOpen(opening ? left.id : null);
                  if (opening) setAnnouncement(t('examFix.matching.selected', { item: textOf(left.id) }));
                }}
              >
                <span>
                  <QuestionText question={question} text={left.text} />
                </span>
                <span className={styles.itemMeta}>
                  {paired ? `→ ${letter(rightIndex(paired))}. ${textOf(paired)}` : t('examFix.matching.unpaired')}
                </span>
              </button>
              {open === left.id ? (
                <MatchOptions question={question} leftId={left.id} pairs={pairs} onPick={(rightId) => pick(left.id, rightId)} onClose={() => close(left.id)} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function TimelineView({ question, answer, onAnswer }: ViewProps<TimelineQuestion>) {
  const { t } = usePreferences();
  const order = answer?.type === 'timeline' ? answer.order : question.events.map((e) => e.id);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const rawOf = (id: string) => question.events.find((e) => e.id === id)?.text ?? id;
  const textOf = (id: string) => plainText(question, rawOf(id));

  const move = (id: string, to: number, focus?: 'up' | 'down') => {
    const from = order.indexOf(id);
    if (from < 0 || to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onAnswer({ type: 'timeline', order: next });
    setAnnouncement(t('exam.timeline.moved', { item: textOf(id), position: to + 1, total: order.length }));
    if (focus) {
      // Keep focus on the moved event; at the top or bottom its button is disabled, so use the other one.
      const atEdge = (focus === 'up' && to === 0) || (focus === 'down' && to === order.length - 1);
      const target = atEdge ? (focus === 'up' ? 'down' : 'up') : focus;
      requestAnimationFrame(() => buttons.current.get(`${id}-${target}`)?.focus());
    }
  };

  return (
    <div>
      <p className={styles.prompt}>{question.prompt}</p>
      <p className={choiceStyles.hint}>{t('exam.timeline.instructions')}</p>
      <ol className={styles.list}>
        {order.map((id, index) => (
          <li
            key={id}
            className={styles.timelineItem}
            draggable
            onDragStart={() => setDragged(id)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged) move(dragged, index);
              setDragged(null);
            }}
          >
            <span className={styles.position} aria-hidden="true">
              {index + 1}.
            </span>
            <span className={styles.timelineText}>
              <QuestionText question={question} text={rawOf(id)} />
            </span>
            <div className={styles.timelineMoves}>
              <button
                type="button"
                className="button"
                ref={(el) => {
                  if (el) buttons.current.set(`${id}-up`, el);
                }}
                aria-label={t('exam.timeline.up', { item: textOf(id) })}
                disabled={index === 0}
                onClick={() => move(id, index - 1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                ref={(el) => {
                  if (el) buttons.current.set(`${id}-down`, el);
                }}
                aria-label={t('exam.timeline.down', { item: textOf(id) })}
                disabled={index === order.length - 1}
                onClick={() => move(id, index + 1, 'down')}
              >
                ↓
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.actions} style={{ marginTop: '0.75rem' }}>
        {answer?.type === 'timeline' ? (
          <p className={choiceStyles.hint}>{t('exam.timeline.saved')}</p>
        ) : (
          <button type="button" className="button" onClick={() => onAnswer({ type: 'timeline', order })}>
            {t('exam.timeline.confirm')}
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The answering view of any question type. */
export function QuestionView(props: ViewProps<Question>) {
  const { question } = props;
  switch (question.type) {
    case 'multiple-choice':
      return <MultipleChoiceView {...props} question={question} />;
    case 'true-false':
      return <TrueFalseView {...props} question={question} />;
    case 'typed':
      return <TypedView {...props} question={question} />;
    case 'matching':
      return <MatchingView {...props} question={question} />;
    case 'timeline':
      return <TimelineView {...props} question={question} />;
  }
}
