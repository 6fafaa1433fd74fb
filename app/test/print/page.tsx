import { PrintScreen } from '@/components/exam/print-screen';

export default function PrintPage() {
  return <PrintScreen />;
}
