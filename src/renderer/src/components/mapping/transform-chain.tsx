import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { transformKinds, type Transform, type TransformKind } from '../../../../shared/contract'
import { newTransform } from './new-transform'
import { TransformOptions } from './transform-options'

/** A rule's transforms in order, each with its options: add, remove and move up or down. */
export function TransformChain({
  target,
  transforms,
  tables,
  onChange
}: {
  target: string
  transforms: Transform[]
  tables: readonly string[]
  onChange: (transforms: Transform[]) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [adding, setAdding] = useState<TransformKind>('uppercase')
  const move = (from: number, to: number) => {
    const next = [...transforms]
    const [item] = next.splice(from, 1)
    next.splice(to, 0, item)
    onChange(next)
  }
  return (
    <div className="transform-chain">
      {transforms.length === 0 ? (
        <span className="help">{t('mappingEditor.noTransforms')}</span>
      ) : (
        <ol aria-label={t('mappingEditor.chain', { target })}>
          {transforms.map((transform, index) => {
            const name = `${t(`transformNames.${transform.kind}`)} (${target})`
            return (
              <li key={index} data-transform={transform.kind}>
                <span>{t(`transformNames.${transform.kind}`)}</span>
                <TransformOptions
                  transform={transform}
                  name={name}
                  tables={tables}
                  onChange={(changed) =>
                    onChange(transforms.map((item, at) => (at === index ? changed : item)))
                  }
                />
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('mappingEditor.moveUp', { transform: name })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('mappingEditor.moveDown', { transform: name })}
                  disabled={index === transforms.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('mappingEditor.remove', { transform: name })}
                  onClick={() => onChange(transforms.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ol>
      )}
      <div className="transform-add">
        <select
          aria-label={t('mappingEditor.addTransformTo', { target })}
          value={adding}
          onChange={(event) => setAdding(event.target.value as TransformKind)}
        >
          {(transformKinds as readonly TransformKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {t(`transformNames.${kind}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange([...transforms, newTransform(adding, tables)])}
        >
          {t('mappingEditor.add')}
        </button>
      </div>
    </div>
  )
}
