extension EvaluatedObservation {
    /// Why a row gave no observation: the error itself, so that a program words it its own way.
    public enum ReadFailure: Sendable, Hashable, CustomStringConvertible {
        /// The diagnoser could not read the text, or does not know the row's device.
        case diagnose(DiagnoseError)
        /// The diagnosis's canonical string did not read back (which the language promises it does).
        case canonicalNotReadBack(String)

        /// The message, with ``DiagnoseError``s worded by `wording`.
        public func message(wording: (DiagnoseError) -> String) -> String {
            switch self {
            case .diagnose(let error): return wording(error)
            case .canonicalNotReadBack(let canonical): return "the canonical string does not read back: \(canonical)"
            }
        }

        /// The message, with ``DiagnoseError``s worded by their own description.
        public var description: String { message(wording: \.description) }
    }
}
