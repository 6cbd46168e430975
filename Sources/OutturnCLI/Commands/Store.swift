import ArgumentParser
import Foundation
import Outturn
import OutturnOutput
import OutturnStore

extension OutturnCommand {
    struct Store: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look after a store: list its imports, or copy it between SQLite and PostgreSQL.",
            discussion: paragraphs("""
                A store is a SQLite file (one analyst) or a PostgreSQL database named by a URL such as
                postgresql://analyst@db.example.org:5432/budget (a team); every command takes either as --store.
                """),
            subcommands: [List.self, Copy.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "The imports of a store: source, vintage, when, and how many figures each added or changed.",
                discussion: paragraphs("""
                    One record per import, oldest first: its number, the source file, the vintage its figures were
                    recorded under, the time of the import (UTC), and the figures it added, changed (new vintages of
                    stored figures) and found unchanged, and the first 12 hex digits of the file's SHA-256. Ends with the store's count of figure versions.

                    Example:
                      outturn store list --store postgresql://analyst@localhost/budget
                    """))

            @Option(name: .long, help: ArgumentHelp("The store: a SQLite file or a postgresql:// URL (default: $OUTTURN_STORE, else ./outturn.sqlite).", valueName: "path|url"))
            var store: String?
            @OptionGroup var output: OutputOptions

            func run() throws {
                let s = try Stores.open(StoreLocation.path(store), access: .read)
                var r = RecordTable(columns: [Column("import_id", style: .integer), Column("source"), Column("vintage", style: .year), Column("imported_at"),
                                         Column("figures", style: .integer), Column("added", style: .integer), Column("changed", style: .integer),
                                         Column("unchanged", style: .integer), Column("sha256")])
                for m in try s.imports() {
                    r.append([.number(Double(m.id)), .text(m.source), .optional(m.vintage.map(Double.init)), .text(m.importedAt),
                              .number(Double(m.added + m.changed)), .number(Double(m.added)), .number(Double(m.changed)), .number(Double(m.unchanged)),
                              .text(m.contentHash.map { String($0.prefix(12)) } ?? "")])
                }
                try output.emit(r)
                Diagnostics.write("\(s.location): \(try s.observationCount()) figure versions")
            }
        }

        struct Copy: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Copy a store, every vintage, into a new store of either kind (SQLite file or PostgreSQL database).",
                discussion: paragraphs("""
                    Departments, indicators, imports (with their numbers) and every version of every figure are copied
                    in one transaction: the target is written completely or not at all. The target must hold no
                    import yet (a new file, or a database that is empty or holds an empty store).

                    Examples:
                      outturn store copy --from outturn.sqlite --to postgresql://analyst@db.example.org/budget
                      outturn store copy --from postgresql://analyst@db.example.org/budget --to copy.sqlite
                    """))

            @Option(name: .long, help: ArgumentHelp("The store to copy: a SQLite file or a postgresql:// URL.", valueName: "path|url"))
            var from: String
            @Option(name: .long, help: ArgumentHelp("The new store: a SQLite file or a postgresql:// URL.", valueName: "path|url"))
            var to: String

            func run() throws {
                let source = try Stores.open(from, access: .read)
                if !Stores.isDatabaseURL(to) {
                    // Only a new file or an empty one: a copy never goes over anything the user may want.
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: to, isDirectory: &isFolder) {
                        let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
                        if isFolder.boolValue || size > 0, (try? PanelStore(path: to, access: .read).imports().isEmpty) != true {
                            throw DataError("\(to) already exists and is not an empty store; it was left untouched", hint: "give a new file for the copy")
                        }
                    }
                }
                let target = try Stores.open(to)
                let copied = try Stores.copy(from: source, to: target)
                Diagnostics.write("copied \(copied) figure versions from \(source.location) to \(target.location)")
            }
        }
    }
}
