import { useTranslation } from 'react-i18next';
import type { ProgramDetailView } from '../api/training';
import { ItemsTable } from '../ui/items-table';
import { useLocalText } from './local-text';
import { ModulePicker } from './module-picker';

/** The program's modules in order; a draft's are chosen here, from the node's modules or new ones. */
export function ProgramModules({ program, onChanged }: { program: ProgramDetailView; onChanged(): void }) {
  const { t } = useTranslation();
  const localText = useLocalText();
  return (
    <section aria-labelledby="modules">
      <h2 id="modules">{t('training.modules.title')}</h2>
      {program.status === 'draft' ? (
        <>
          <p>{t('training.modules.draftIntro')}</p>
          <ModulePicker program={program} onSaved={onChanged} />
        </>
      ) : program.modules.length === 0 ? (
        <p>{t('training.modules.empty')}</p>
      ) : (
        <ItemsTable
          headers={[t('training.module.code'), t('training.module.title'), t('training.module.hours'), t('training.module.required')]}
          rows={program.modules.map((module) => ({
            key: module.moduleId,
            cells: (
              <>
                <td>{module.code}</td>
                <td>{localText(module.title)}</td>
                <td>{module.hours}</td>
                <td>{module.required ? t('common.yes') : t('common.no')}</td>
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}
