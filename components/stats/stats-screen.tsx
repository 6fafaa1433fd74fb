'use client';
import { PageHeader } from '@/components/layout/page-header';
import { ExamHistory } from './exam-history';

/** Statistics: for now, past test scores over time. */
export function StatsScreen() {
  return (
    <>
      <PageHeader title="stats.title" lead="stats.lead" />
      <ExamHistory />
    </>
  );
}
