extension BatchDiagnoser {
    /// A logged model name that no catalog device has: where it first appears and the closest known
    /// name, as data; ``message`` words the summary's warning once.
    struct UnknownModel: Sendable, Hashable {
        /// How many unknown names the summary warns about one by one (the first ones met, in line order);
        /// the rest are counted in one line, ``more(_:)``.
        static let warningLimit = 20

        /// The summary's line for the `count` unknown names not warned about one by one.
        static func more(_ count: Int) -> String {
            "… and \(count) more unknown model\(count == 1 ? "" : "s"); their devices are diagnosed without a model"
        }

        /// The input's name as records show it.
        var file: String
        /// The 1-based line it first appears on.
        var line: Int
        /// The model name as logged.
        var name: String
        /// The catalog name it is closest to, when one is close.
        var suggestion: String?

        /// The summary's warning, control characters from the log written out.
        var message: String {
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            let (file, name) = (BatchRecordRenderer.visible(file), BatchRecordRenderer.visible(name))
            return "\(file):\(line): unknown model \"\(name)\"\(hint); its devices are diagnosed without a model"
        }
    }
}
