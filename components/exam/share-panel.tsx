'use client';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { encodeExamResult, encodeExamSpec, type DeckNeed, type ExamSpec, type SharedResult } from '@/lib/exam';
import styles from './exam.module.css';
import { choiceStyles } from '@/components/ui/choice-group';

const noSubscription = () => () => undefined;

/** A test from user decks names them (`needs`), so a receiver without one is told which deck to ask for. */
type ShareProps = { kind: 'test'; spec: ExamSpec; needs?: readonly DeckNeed[] } | { kind: 'result'; result: SharedResult };

/** A share link (test or result) with a copy button and a QR code; the payload sits after "#", never sent to a server. */
export function SharePanel(props: ShareProps) {
  const { t } = usePreferences();
  const fieldId = useId();
  const fragment = props.kind === 'test' ? encodeExamSpec(props.spec, props.needs) : encodeExamResult(props.result);
  const path = props.kind === 'test' ? '/test/shared' : '/test/result';
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const link = `${origin}${path}#${fragment}`;

  useEffect(() => {
    if (!origin) return;
    let active = true;
    // The QR encoder is loaded only when a link is shown, not with the test page.
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }))
      .then((svg) => {
        if (active) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (active) setQr(null);
      });
    return () => {
      active = false;
    };
  }, [link, origin]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard access the student can still select the link in the field.
      setCopied(false);
    }
  };

  const titleId = `${fieldId}-title`;
  return (
    <section className={`card ${styles.noPrint}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{t(props.kind === 'test' ? 'exam.share.title' : 'exam.share.resultTitle')}</h2>
      <p className={props.kind === 'result' ? styles.notice : choiceStyles.hint}>
        {t(props.kind === 'test' ? 'exam.share.lead' : 'exam.share.resultLead')}
      </p>
      <label htmlFor={fieldId}>{t('exam.share.link')}</label>
      <input id={fieldId} className={styles.linkField} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
      <div className={styles.actions} style={{ marginTop: '0.5rem' }}>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('exam.share.copy')}
        </button>
        <a className="button" href={`${path}#${fragment}`}>
          {t(props.kind === 'test' ? 'exam.shared.title' : 'exam.sharedResult.title')}
        </a>
        {props.kind === 'test' ? (
          <a className="button" href={`/test/print#${fragment}`}>
            {t('exam.printTest')}
          </a>
        ) : null}
        <span role="status">{copied ? t('exam.share.copied') : ''}</span>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URI of our own SVG, nothing to optimise */}
      {qr ? <img className={styles.qr} src={qr} alt={t('exam.share.qr')} width={200} height={200} style={{ marginTop: '0.75rem' }} /> : null}
    </section>
  );
}
