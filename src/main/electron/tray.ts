import { join } from 'node:path'
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import { trayIconFile, type TrayAction, type TrayIcon, type TrayModel } from './tray-model'

export interface AppTray {
  render(model: TrayModel): void
  destroy(): void
}

/**
 * The tray icon that keeps Kassabrug reachable while the window is hidden. It only draws what
 * tray-model.ts decided; a click on an entry hands its action back.
 */
export function createAppTray(options: {
  resourcesDir: string
  onAction: (action: TrayAction) => void
}): AppTray {
  const image = (icon: TrayIcon): Electron.NativeImage =>
    nativeImage.createFromPath(join(options.resourcesDir, trayIconFile(icon, process.platform)))
  const tray = new Tray(image('idle'))
  tray.on('click', () => options.onAction({ type: 'open' }))
  return {
    render(model) {
      tray.setImage(image(model.icon))
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(
        Menu.buildFromTemplate(
          model.menu.map((item): MenuItemConstructorOptions => {
            if (item.kind === 'separator') return { type: 'separator' }
            if (item.kind === 'status') return { label: item.label, enabled: false }
            return {
              label: item.label,
              enabled: item.enabled,
              ...(item.checked === undefined ? {} : { type: 'checkbox', checked: item.checked }),
              click: () => options.onAction(item.action)
            }
          })
        )
      )
    },
    destroy: () => tray.destroy()
  }
}
