/**
 * The application id: electron-builder.yml's appId (a test keeps the two equal), and on Windows
 * the AppUserModelID, so notifications and the taskbar belong to the installed app.
 */
export const appId = 'nl.kassabrug.app'
