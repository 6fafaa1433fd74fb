'use client';
import { usePreferences } from '@/components/layout/preferences-provider';
import { FACT_KINDS, type FactKind } from '@/lib/content/kinds';
import { percentOf } from './exam-text';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

type Row = { label: string; points: number; available: number };

function TallyTable({ caption, header, rows }: { caption: string; header: string; rows: Row[] }) {
  const { t } = usePreferences();
  return (
    <table className={styles.table}>
      <caption className={choiceStyles.legend} style={{ textAlign: 'left' }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col" className={styles.number}>
            {t('exam.results.points')}
          </th>
          <th scope="col" className={styles.number}>
            {t('exam.results.percent')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className={styles.number}>
              {row.points} / {row.available}
            </td>
            <td className={styles.number}>{percentOf(row.points, row.available)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The breakdown tables, by topic and by kind. Everything is rendered as text, never as HTML: a
 * shared result comes from someone else's link.
 */
export function ScoreBreakdown({
  byTopic,
  byKind,
  topicTitles,
}: {
  byTopic: { topic: string; points: number; available: number }[];
  byKind: { kind: FactKind; points: number; available: number }[];
  topicTitles: ReadonlyMap<string, string>;
}) {
  const { t } = usePreferences();
  const kinds = FACT_KINDS.flatMap((kind) => byKind.filter((row) => row.kind === kind));
  return (
    <>
      <TallyTable
        caption={t('exam.results.byTopic')}
        header={t('exam.results.topic')}
        rows={byTopic.map((row) => ({ label: topicTitles.get(row.topic) ?? row.topic, points: row.points, available: row.available }))}
      />
      <TallyTable
        caption={t('exam.results.byKind')}
        header={t('exam.results.kind')}
        rows={kinds.map((row) => ({ label: t(`exam.kind.${row.kind}`), points: row.points, available: row.available }))}
      />
    </>
  );
}
