import { ImportScreen } from '@/components/import/import-screen';
import { PageHeader } from '@/components/layout/page-header';

export default function DeckImportPage() {
  return (
    <>
      <PageHeader title="import.title" lead="import.lead" />
      <ImportScreen />
    </>
  );
}
