import ArgumentParser
import Outturn
import OutturnIO
import OutturnOutput
import OutturnStore

// The library's option values the command line parses by their raw values (`--model damped`, `--format csv`).
extension ForecastMethod: ExpressibleByArgument {}
extension ImportConflictPolicy: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
extension PanelClustering: ExpressibleByArgument {}
extension ClusterCorrection: ExpressibleByArgument {}
extension ExecutionProgress.WarningRule: ExpressibleByArgument {}
