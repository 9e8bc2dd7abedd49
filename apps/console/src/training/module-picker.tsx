import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ModuleView, type ProgramDetailView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { ItemsTable } from '../ui/items-table';
import { LoadState } from '../ui/load-state';
import { useLocalText } from './local-text';
import { NewModuleForm } from './new-module-form';

type Choice = Map<string, { required: boolean }>;

/**
 * Chooses a draft's modules from the node's catalog (the program's own first, in its order, then the
 * rest by code), and adds new modules to the catalog.
 */
export function ModulePicker({ program, onSaved }: { program: ProgramDetailView; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const modules = useResource('modules', () => training.modules(api));
  const [choice, setChoice] = useState<Choice>(() => new Map(program.modules.map((module) => [module.moduleId, { required: module.required }])));
  const [error, setError] = useState<SaveError>();
  const [saved, setSaved] = useState(false);

  function toggle(id: string, change: { included?: boolean; required?: boolean }) {
    const next = new Map(choice);
    const current = next.get(id);
    const included = change.included ?? current !== undefined;
    if (included) next.set(id, { required: change.required ?? current?.required ?? true });
    else next.delete(id);
    setChoice(next);
    setSaved(false);
  }

  async function save(ordered: ModuleView[]) {
    try {
      const entries = ordered.flatMap((module) => {
        const chosen = choice.get(module.id);
        return chosen ? [{ moduleId: module.id, required: chosen.required }] : [];
      });
      await training.setProgramModules(api, program.id, entries);
      setError(undefined);
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(toSaveError(failure));
    }
  }

  return (
    <LoadState resource={modules}>
      {(all) => {
        const ordered = inProgramOrder(all, program);
        return (
          <>
            {all.length === 0 ? (
              <p>{t('training.modules.noneOnNode')}</p>
            ) : (
              <div className="panel">
                <FormAlert error={error} />
                {saved && <p role="status">{t('training.modules.saved')}</p>}
                <ModuleChoiceTable modules={ordered} choice={choice} onToggle={toggle} />
                <button type="button" className="primary" onClick={() => void save(ordered)}>
                  {t('training.modules.save')}
                </button>
              </div>
            )}
            <NewModuleForm onCreated={modules.reload} />
          </>
        );
      }}
    </LoadState>
  );
}

function inProgramOrder(all: ModuleView[], program: ProgramDetailView): ModuleView[] {
  const position = new Map(program.modules.map((module) => [module.moduleId, module.position]));
  const rank = (module: ModuleView) => position.get(module.id) ?? Number.MAX_SAFE_INTEGER;
  return [...all].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
}

function ModuleChoiceTable({ modules, choice, onToggle }: { modules: ModuleView[]; choice: Choice; onToggle(id: string, change: { included?: boolean; required?: boolean }): void }) {
  const { t } = useTranslation();
  const localText = useLocalText();
  return (
    <ItemsTable
      headers={[t('training.module.code'), t('training.module.title'), t('training.module.hours'), t('training.modules.include'), t('training.module.required')]}
      rows={modules.map((module) => {
        const chosen = choice.get(module.id);
        return {
          key: module.id,
          cells: (
            <>
              <td>{module.code}</td>
              <td>{localText(module.title)}</td>
              <td>{module.hours}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('training.modules.includeModule', { code: module.code })}
                  checked={chosen !== undefined}
                  onChange={(event) => onToggle(module.id, { included: event.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('training.modules.requireModule', { code: module.code })}
                  checked={chosen?.required ?? false}
                  disabled={!chosen}
                  onChange={(event) => onToggle(module.id, { required: event.target.checked })}
                />
              </td>
            </>
          ),
        };
      })}
    />
  );
}
