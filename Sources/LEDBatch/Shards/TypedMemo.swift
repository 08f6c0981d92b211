import LEDEngine

extension BatchDiagnoser.Shard {
    /// The diagnoses of typed observations a shard has made, by model and text, with their JSON-lines
    /// templates.
    ///
    /// A log of typed reports repeats its phrases (a help desk's export, a fleet's app messages), and a
    /// typed diagnosis depends on nothing but the text, the model and the batch's catalog and gap — the
    /// same for every line — so a repeated line is served from here instead of read, matched and ranked
    /// again, and its record is its template with the line's device, times and source written in.
    /// Bounded: past ``capacity`` entries or ``byteBudget`` bytes of texts and templates it starts again
    /// empty, so memory stays flat however many distinct lines come.
    struct TypedMemo {
        /// What a typed diagnosis depends on within one batch.
        struct Key: Hashable {
            var model: String?
            var text: String
        }

        /// A diagnosis (or why the text could not be read), and its record template once one is rendered.
        /// A class: a line served from the memo takes one reference, not a copy of the diagnosis's arrays.
        final class Entry {
            let result: Result<Diagnosis, DiagnoseError>
            var template: BatchRecordRenderer.Template?

            init(result: Result<Diagnosis, DiagnoseError>) {
                self.result = result
            }
        }

        /// The most entries kept.
        static let capacity = 4096
        /// The most bytes of texts and templates kept (the diagnoses they stand for take a few times more).
        static let byteBudget = 4 << 20

        private var entries: [Key: Entry] = [:]
        /// The bytes of texts and templates kept.
        private(set) var bytes = 0
        /// The number of entries kept.
        var count: Int { entries.count }

        /// The entry for `key`, if remembered.
        func entry(_ key: Key) -> Entry? {
            entries[key]
        }

        /// The entry for `key`: the remembered one, or the one `make` builds, remembered from now on.
        mutating func entry(_ key: Key, orMake make: () -> Entry) -> Entry {
            if let known = entries[key] { return known }
            let made = make()
            store(made, for: key)
            return made
        }

        /// Remembers `entry` for `key`, emptying the memo first when it is full.
        mutating func store(_ entry: Entry, for key: Key) {
            if entries.count >= Self.capacity || bytes + Self.size(entry, key) > Self.byteBudget {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
            }
            entries[key] = entry
            bytes += Self.size(entry, key)
        }

        /// Counts the template `entry` (remembered for `key`) has just been given.
        mutating func noteTemplate(of entry: Entry, for key: Key) {
            let size = entry.template?.bytes.count ?? 0
            guard bytes + size <= Self.byteBudget else {
                entries.removeAll(keepingCapacity: true)
                bytes = 0
                store(entry, for: key)
                return
            }
            bytes += size
        }

        private static func size(_ entry: Entry, _ key: Key) -> Int {
            key.text.utf8.count + (entry.template?.bytes.count ?? 0)
        }
    }
}
