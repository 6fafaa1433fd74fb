'use client';
import { useId } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { Proposal } from '@/lib/extract/types';
import styles from './generate.module.css';

export interface ProposalChoice {
  use: boolean;
  prompt: string;
  answer: string;
  asCloze: boolean;
}

/** One proposal: tick, the source sentence with the fact highlighted, confidence, editable fields. */
export function ProposalItem({ proposal, text, choice, onChange }: { proposal: Proposal; text: string; choice: ProposalChoice; onChange: (next: ProposalChoice) => void }) {
  const { t } = usePreferences();
  const id = useId();
  const { sentence, highlight } = proposal;
  const percent = Math.round(proposal.confidence * 100);
  return (
    <li className={`card ${styles.item}`} aria-labelledby={`${id}-use`}>
      <div className={styles.head}>
        <label className={styles.check} id={`${id}-use`}>
          <input type="checkbox" checked={choice.use} onChange={(event) => onChange({ ...choice, use: event.target.checked })} />
          <span>
            <span className="visually-hidden">{t('generate.use')}: </span>
            {choice.prompt}
          </span>
        </label>
        <span className={styles.confidence}>{t('generate.confidence', { percent })}</span>
      </div>
      <blockquote className={styles.source} aria-label={t('generate.source')}>
        {text.slice(sentence.start, highlight.start)}
        <mark>{text.slice(highlight.start, highlight.end)}</mark>
        {text.slice(highlight.end, sentence.end)}
      </blockquote>
      <div className={styles.fields}>
        <label htmlFor={`${id}-prompt`}>{t(`generate.field.${proposal.kind}.prompt`)}</label>
        <textarea id={`${id}-prompt`} rows={2} value={choice.prompt} onChange={(event) => onChange({ ...choice, prompt: event.target.value })} />
        <label htmlFor={`${id}-answer`}>{t(`generate.field.${proposal.kind}.answer`)}</label>
        <textarea id={`${id}-answer`} rows={2} value={choice.answer} onChange={(event) => onChange({ ...choice, answer: event.target.value })} />
      </div>
      {proposal.cloze ? (
        <label className={styles.check}>
          <input type="checkbox" checked={choice.asCloze} onChange={(event) => onChange({ ...choice, asCloze: event.target.checked })} />
          <span>{t('generate.asCloze')}</span>
        </label>
      ) : null}
    </li>
  );
}
