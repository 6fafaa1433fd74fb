import { GenerateScreen } from '@/components/generate/generate-screen';
import { PageHeader } from '@/components/layout/page-header';

export default function GeneratePage() {
  return (
    <>
      <PageHeader title="generate.title" lead="generate.lead" />
      <GenerateScreen />
    </>
  );
}
