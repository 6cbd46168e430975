import Foundation
import OutturnCLI

exit(OutturnCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
