import Foundation

/// Lines for people on standard error (choices, notes, migrations), never mixed into the data on standard output.
enum Diagnostics {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
