import { Command, type ErrorOptions } from 'commander'
import { languages, type Settings } from '../../shared/contract'
import { hostWords, type Translate } from '../host-words'

function isLanguage(value: string | undefined): value is Settings['language'] {
  return (languages as readonly (string | undefined)[]).includes(value)
}

/**
 * The language of the help and of argument errors, which come before any database (and its
 * Settings) is open: `--lang`/`-l` if given and known, else the system locale (nl or fr), else
 * English. The help is built before commander parses, so argv is scanned here.
 */
export function commandLineLanguage(
  argv: readonly string[],
  environment: NodeJS.ProcessEnv
): Settings['language'] {
  for (const [index, arg] of argv.entries()) {
    const given = arg.startsWith('--lang=')
      ? arg.slice('--lang='.length)
      : arg === '--lang' || arg === '-l'
        ? argv[index + 1]
        : undefined
    if (isLanguage(given)) return given
  }
  const locale = environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || ''
  return languages.find((language) => language !== 'en' && locale.startsWith(language)) ?? 'en'
}

/**
 * The values commander quotes in its error messages ('--port', 'x'), in order: its CommanderError
 * carries a code but not them, so they are read back from its sentence; the sentence is ours.
 */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((match) => match[1])
}

/** Commander's argument errors in words, by their code; ours (after "is invalid.") as given. */
function wordedError(message: string, code: string | undefined, t: Translate): string {
  const [option, value] = quoted(message)
  switch (code) {
    case 'commander.unknownOption':
      return t('cli.errors.unknownOption', { option })
    case 'commander.unknownCommand':
      return t('cli.errors.unknownCommand', { command: option })
    case 'commander.optionMissingArgument':
      return t('cli.errors.optionMissingArgument', { option })
    case 'commander.missingArgument':
      return t('cli.errors.missingArgument', { argument: option })
    case 'commander.excessArguments':
      return t('cli.errors.excessArguments')
    case 'commander.invalidArgument':
      return t('cli.errors.invalidArgument', {
        option,
        value,
        why: message.slice(message.indexOf('is invalid.') + 'is invalid.'.length).trim()
      })
    default:
      // Codes no option here can raise (conflicting or mandatory options: there are none).
      return message.replace(/^error: /, '')
  }
}

/** Commander's own words (titles, help and version options, defaults, errors) in `t`'s language. */
export function wordedProgram(t: Translate): Command {
  const titles: Record<string, string> = {
    'Usage:': t('cli.help.usage'),
    'Options:': t('cli.help.options'),
    'Commands:': t('cli.help.commands'),
    'Arguments:': t('cli.help.arguments')
  }
  /** What follows a command's name; its help option counts only in its own usage line. */
  const usageOf = (command: Command, own: boolean): string[] => [
    ...(own || command.options.length ? [`[${t('cli.help.values.options')}]`] : []),
    ...(own && command.commands.length ? [`[${t('cli.help.values.command')}]`] : []),
    ...command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))
  ]
  class WordedCommand extends Command {
    override createCommand(name?: string): Command {
      return new WordedCommand(name)
    }
    override error(message: string, options?: ErrorOptions): never {
      return super.error(`kassabrug: ${wordedError(message, options?.code, t)}`, options)
    }
  }
  const program = new WordedCommand()
  program
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // Commander's "kassabrug db [options] [command]" with its placeholders in words.
      commandUsage: (command) => {
        const names: string[] = []
        for (let c = command.parent; c; c = c.parent) names.unshift(c.name())
        return [...names, command.name(), ...usageOf(command, true)].join(' ')
      },
      subcommandTerm: (command) => [command.name(), ...usageOf(command, false)].join(' '),
      // Commander's "(default: 10)" in words; the value as commander shows it.
      optionDescription: (option) =>
        option.defaultValue === undefined || option.isBoolean()
          ? option.description
          : `${option.description} (${t('cli.help.default', { value: JSON.stringify(option.defaultValue) })})`,
      argumentDescription: (argument) =>
        argument.defaultValue === undefined
          ? argument.description
          : `${argument.description} (${t('cli.help.default', { value: JSON.stringify(argument.defaultValue) })})`
    })
    .helpOption('-h, --help', t('cli.help.help'))
    .helpCommand(`help [${t('cli.help.values.command')}]`, t('cli.help.help'))
    .showHelpAfterError(t('cli.help.afterError'))
    // Its "Did you mean" is English; the hint to --help stands in.
    .showSuggestionAfterError(false)
  return program
}

/** `--data-dir`, the same on every command that opens the database. */
export function dataDirOption(t: Translate): [string, string] {
  return [`-d, --data-dir <${t('cli.help.values.folder')}>`, t('cli.help.dataDir')]
}

/** The words of the help and argument errors for this run. */
export function commandLineWords(): Translate {
  return hostWords(commandLineLanguage(process.argv.slice(2), process.env))
}
