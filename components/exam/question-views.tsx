'use client';
import { useRef, useState, type DragEvent } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { MatchingQuestion, MultipleChoiceQuestion, Question, QuizAnswer, TimelineQuestion, TrueFalseQuestion, TypedQuestion } from '@/lib/quiz';
import { RichText } from '@/components/ui/rich-text';
import { letter } from './exam-text';
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

function MatchingView({ question, answer, onAnswer }: ViewProps<MatchingQuestion>) {
  const { t } = usePreferences();
  const pairs = answer?.type === 'matching' ? answer.pairs : {};
  const [selectedLeft, setSelectedLeft] = useState<string | null>(null);
  const [selectedRight, setSelectedRight] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const textOf = (id: string) => plainText(question, question.left.find((l) => l.id === id)?.text ?? question.right.find((r) => r.id === id)?.text ?? id);

  const pair = (leftId: string, rightId: string) => {
    const next: Record<string, string> = {};
    for (const [l, r] of Object.entries(pairs)) if (l !== leftId && r !== rightId) next[l] = r;
    next[leftId] = rightId;
    onAnswer({ type: 'matching', pairs: next });
    setSelectedLeft(null);
    setSelectedRight(null);
    setAnnouncement(t('exam.matching.paired', { left: textOf(leftId), right: textOf(rightId) }));
  };

  const unpair = (leftId: string) => {
    const next = { ...pairs };
    delete next[leftId];
    onAnswer(Object.keys(next).length > 0 ? { type: 'matching', pairs: next } : null);
    setAnnouncement(t('exam.matching.unpaired', { left: textOf(leftId) }));
  };

  const chooseLeft = (id: string) => {
    if (selectedRight) return pair(id, selectedRight);
    setSelectedLeft(selectedLeft === id ? null : id);
    if (selectedLeft !== id) setAnnouncement(t('exam.matching.selected', { item: textOf(id) }));
  };

  const chooseRight = (id: string) => {
    if (selectedLeft) return pair(selectedLeft, id);
    setSelectedRight(selectedRight === id ? null : id);
    if (selectedRight !== id) setAnnouncement(t('exam.matching.selected', { item: textOf(id) }));
  };

  const onDrop = (leftId: string) => (event: DragEvent) => {
    event.preventDefault();
    const rightId = event.dataTransfer.getData('text/plain');
    if (question.right.some((r) => r.id === rightId)) pair(leftId, rightId);
  };

  const rightIndex = (id: string) => question.right.findIndex((r) => r.id === id);

  return (
    <div>
      <p className={styles.prompt}>{question.prompt}</p>
      <p className={choiceStyles.hint}>{t('exam.matching.instructions')}</p>
      <div className={styles.columns}>
        <div>
          <h3 className={choiceStyles.legend} id={`${question.id}-left`}>
            {t('exam.matching.left')}
          </h3>
          <ul className={styles.list} aria-labelledby={`${question.id}-left`}>
            {question.left.map((left) => {
              const paired = pairs[left.id];
              return (
                <li key={left.id} className={styles.item} onDragOver={(event) => event.preventDefault()} onDrop={onDrop(left.id)}>
                  <button type="button" className={`button ${styles.itemButton}`} aria-pressed={selectedLeft === left.id} onClick={() => chooseLeft(left.id)}>
                    <span>
                      <QuestionText question={question} text={left.text} />
                    </span>
                    {paired ? (
                      <span className={styles.itemMeta}>{t('exam.matching.pairedWith', { right: `${letter(rightIndex(paired))}. ${textOf(paired)}` })}</span>
                    ) : null}
                  </button>
                  {paired ? (
                    <button type="button" className="button" aria-label={t('exam.matching.unpair', { left: textOf(left.id) })} title={t('exam.matching.unpair', { left: textOf(left.id) })} onClick={() => unpair(left.id)}>
                      ×
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3 className={choiceStyles.legend} id={`${question.id}-right`}>
            {t('exam.matching.right')}
          </h3>
          <ul className={styles.list} aria-labelledby={`${question.id}-right`}>
            {question.right.map((right, index) => (
              <li key={right.id} className={styles.item}>
                <button
                  type="button"
                  className={`button ${styles.itemButton}`}
                  aria-pressed={selectedRight === right.id}
                  draggable
                  onDragStart={(event) => event.dataTransfer.setData('text/plain', right.id)}
                  onClick={() => chooseRight(right.id)}
                >
                  <span>
                    {letter(index)}. <QuestionText question={question} text={right.text} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
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
            <span>
              <QuestionText question={question} text={rawOf(id)} />
            </span>
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
