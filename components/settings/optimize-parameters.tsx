'use client';
import { useEffect, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import {
  applyOptimizedParameters,
  countCardsToReschedule,
  listDecks,
  readTrainingHistory,
  rescheduleDeck,
  undoOptimizedParameters,
} from '@/lib/db';
import { useOptimizeReadiness } from '@/lib/hooks/use-optimize-readiness';
import type { MessageKey } from '@/lib/i18n/translate';
import { MIN_TRAINING_ITEMS, estimateTrainingMs, type OptimizeResult, type Workload } from '@/lib/optimize';
import type { OptimizeRequest, OptimizeResponse, OptimizeWorkerPhase } from '@/lib/workers/optimize-messages';
import styles from './settings.module.css';

type Run =
  | { status: 'idle' }
  | { status: 'running'; phase: OptimizeWorkerPhase; startedAt: number }
  | { status: 'done'; result: OptimizeResult; trainMs: number }
  | { status: 'error'; code: string }
  | { status: 'cancelled' };

function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/**
 * "Optymalizuj parametry" (issue #17): fits the FSRS parameters to the student's review history in a
 * Web Worker (fsrs-browser), shows log loss and RMSE on the most recent 20% of reviews before and
 * after, keeps the new parameters only when they predict better, offers to reschedule and to undo,
 * and shows the workload of each desired retention. Without `deckId` it works on the global settings.
 */
export function OptimizeParameters({ deckId }: { deckId?: string }) {
  const { t, lang } = usePreferences();
  const readiness = useOptimizeReadiness(deckId);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [now, setNow] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [rescheduleOffer, setRescheduleOffer] = useState<{ decks: string[]; count: number } | null>(null);
  const worker = useRef<Worker | null>(null);
  // Each start gets a number; cancel moves it on, so a run cancelled while still reading the history
  // (before its worker exists) never starts one, and a stopped worker's last messages are ignored.
  const generation = useRef(0);
  const idPrefix = `optimize-${deckId ?? 'global'}`;

  useEffect(() => () => worker.current?.terminate(), []);
  const running = run.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const finish = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const offerReschedule = async () => {
    const decks = deckId ? [deckId] : (await listDecks()).map((deck) => deck.id);
    const counts = await Promise.all(decks.map((id) => countCardsToReschedule(id)));
    const count = counts.reduce((sum, value) => sum + value, 0);
    setRescheduleOffer(count > 0 ? { decks, count } : null);
  };

  const start = async () => {
    setMessage(null);
    setRescheduleOffer(null);
    const startedAt = Date.now();
    setNow(startedAt);
    setRun({ status: 'running', phase: 'loading', startedAt });
    const mine = ++generation.current;
    const history = await readTrainingHistory(deckId);
    if (mine !== generation.current) return;
    const request: OptimizeRequest = {
      type: 'run',
      logs: history.logs,
      rolloverHour: history.rolloverHour,
      current: history.current,
      cards: history.cards,
      seed: 17,
    };
    finish();
    const next = new Worker(new URL('../../lib/workers/optimize.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    next.onmessage = (event: MessageEvent<OptimizeResponse>) => {
      if (mine !== generation.current) return;
      const response = event.data;
      if (response.type === 'phase') {
        setRun((current) => (current.status === 'running' ? { ...current, phase: response.phase } : current));
        return;
      }
      finish();
      if (response.type === 'error') {
        console.warn(`optimize: ${response.code}: ${response.message}`);
        setRun({ status: 'error', code: response.code });
        return;
      }
      setRun({ status: 'done', result: response.result, trainMs: response.trainMs });
      if (response.result.keep) {
        void applyOptimizedParameters(response.result.optimized, Date.now(), deckId).then(offerReschedule);
      }
    };
    next.onerror = (event) => {
      if (mine !== generation.current) return;
      console.warn(`optimize: the worker failed: ${event.message}`);
      finish();
      setRun({ status: 'error', code: 'load-failed' });
    };
    next.postMessage(request);
  };

  const cancel = () => {
    generation.current += 1;
    finish();
    setRun({ status: 'cancelled' });
  };

  const reschedule = async () => {
    if (!rescheduleOffer) return;
    let changed = 0;
    for (const id of rescheduleOffer.decks) changed += await rescheduleDeck(id, Date.now());
    setRescheduleOffer(null);
    setMessage(t('optimize.rescheduled', { count: changed }));
  };

  const undo = async () => {
    if (await undoOptimizedParameters(Date.now(), deckId)) {
      setRescheduleOffer(null);
      setMessage(t('optimize.undone'));
      await offerReschedule();
    }
  };

  if (!readiness) return <p>{t('common.loading')}</p>;
  const enough = readiness.items >= MIN_TRAINING_ITEMS;
  const number = (value: number, digits: number) => value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });

  return (
    <div className={styles.optimize}>
      <p>{t('optimize.lead')}</p>
      <p>{t('optimize.items', { count: readiness.items })}</p>
      {enough ? (
        <p>{t('optimize.estimate', { seconds: seconds(estimateTrainingMs(readiness.items)) })}</p>
      ) : (
        <p>{t('optimize.needMore', { min: MIN_TRAINING_ITEMS })}</p>
      )}
      <p className={styles.actions}>
        {running ? (
          <button type="button" className="button" onClick={cancel}>
            {t('optimize.cancel')}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={!enough} onClick={() => void start()}>
            {t('optimize.start')}
          </button>
        )}
      </p>
      <div role="status" aria-live="polite">
        {run.status === 'running' ? (
          <p>
            {t(`optimize.phase.${run.phase}` as MessageKey)}{' '}
            <span aria-hidden="true">{t('optimize.elapsed', { seconds: Math.max(0, Math.round((now - run.startedAt) / 1000)) })}</span>
          </p>
        ) : null}
        {run.status === 'cancelled' ? <p>{t('optimize.cancelled')}</p> : null}
        {run.status === 'error' ? <p className={styles.error}>{t(`optimize.error.${run.code}` as MessageKey)}</p> : null}
        {run.status === 'done' ? <p>{t(run.result.keep ? 'optimize.kept' : 'optimize.notKept')}</p> : null}
        {message ? <p>{message}</p> : null}
      </div>
      {rescheduleOffer ? (
        <div className={styles.offer} role="alertdialog" aria-labelledby={`${idPrefix}-reschedule`}>
          <p id={`${idPrefix}-reschedule`}>{t('optimize.reschedule', { count: rescheduleOffer.count })}</p>
          <p className={styles.actions}>
            <button type="button" className="button button-primary" onClick={() => void reschedule()}>
              {t('optimize.rescheduleYes')}
            </button>
            <button type="button" className="button" onClick={() => setRescheduleOffer(null)}>
              {t('optimize.rescheduleNo')}
            </button>
          </p>
        </div>
      ) : null}
      {run.status === 'done' ? <Result result={run.result} trainMs={run.trainMs} number={number} /> : null}
      {readiness.applied ? (
        <div className={styles.applied}>
          <p>{t('optimize.applied', { date: dateFormat.format(readiness.applied.appliedAt) })}</p>
          <p className={styles.actions}>
            <button type="button" className="button" onClick={() => void undo()}>
              {t('optimize.undo')}
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}

function Result({ result, trainMs, number }: { result: OptimizeResult; trainMs: number; number: (value: number, digits: number) => string }) {
  const { t } = usePreferences();
  return (
    <div data-testid="optimize-result">
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{t('optimize.figures.caption', { count: result.testItems })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optimize.figures.metric')}</th>
              <th scope="col">{t('optimize.figures.before')}</th>
              <th scope="col">{t('optimize.figures.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('optimize.figures.logLoss')}</th>
              <td data-value={result.before.logLoss}>{number(result.before.logLoss, 4)}</td>
              <td data-value={result.after.logLoss}>{number(result.after.logLoss, 4)}</td>
            </tr>
            <tr>
              <th scope="row">{t('optimize.figures.rmse')}</th>
              <td data-value={result.before.rmse}>{number(result.before.rmse, 4)}</td>
              <td data-value={result.after.rmse}>{number(result.after.rmse, 4)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p data-train-ms={trainMs}>{t('optimize.trainTime', { seconds: number(trainMs / 1000, 1) })}</p>
      <details className={styles.disclosure}>
        <summary>{t('optimize.parameters')}</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{t('optimize.parameters.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optimize.parameters.index')}</th>
                <th scope="col">{t('optimize.parameters.current')}</th>
                <th scope="col">{t('optimize.parameters.optimized')}</th>
              </tr>
            </thead>
            <tbody>
              {result.optimized.map((value, index) => (
                <tr key={index}>
                  <th scope="row">w{index}</th>
                  <td>{number(result.current[index] ?? Number.NaN, 4)}</td>
                  <td>{number(value, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <WorkloadChart workload={result.workload} number={number} />
    </div>
  );
}

const CHART = { width: 320, height: 140, pad: 8 };

/** The simulated reviews per day against desired retention: a table for everyone, a line for the eye. */
function WorkloadChart({ workload, number }: { workload: Workload; number: (value: number, digits: number) => string }) {
  const { t } = usePreferences();
  const points = workload.points;
  const maxPerDay = Math.max(...points.map((point) => point.reviewsPerDay), 1);
  const x = (i: number) => CHART.pad + (i * (CHART.width - 2 * CHART.pad)) / Math.max(1, points.length - 1);
  const y = (value: number) => CHART.height - CHART.pad - (value / maxPerDay) * (CHART.height - 2 * CHART.pad);
  const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(point.reviewsPerDay).toFixed(1)}`).join(' ');
  const bestIndex = points.findIndex((point) => point.retention === workload.best);
  const best = points[bestIndex];
  return (
    <details className={styles.disclosure}>
      <summary>{t('optimize.workload')}</summary>
      <p>{t('optimize.workload.lead', { cards: workload.cards, best: Math.round(workload.best * 100) })}</p>
      <svg className={styles.chart} viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" focusable="false">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
        {best ? <circle cx={x(bestIndex)} cy={y(best.reviewsPerDay)} r="5" className={styles.chartBest} /> : null}
      </svg>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{t('optimize.workload.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optimize.workload.retention')}</th>
              <th scope="col">{t('optimize.workload.perDay')}</th>
              <th scope="col">{t('optimize.workload.work')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => {
              const isBest = point.retention === workload.best;
              return (
                <tr key={point.retention} className={isBest ? styles.bestRow : undefined}>
                  <th scope="row">
                    {Math.round(point.retention * 100)}%{isBest ? <strong> ({t('optimize.workload.best')})</strong> : null}
                  </th>
                  <td>{number(point.reviewsPerDay, 1)}</td>
                  <td>{number(point.workPerRemembered, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
