import { SharedResultScreen } from '@/components/exam/shared-result-screen';

export default function SharedResultPage() {
  return <SharedResultScreen />;
}
