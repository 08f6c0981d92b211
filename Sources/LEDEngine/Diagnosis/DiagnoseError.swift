public import LEDCore
public import LEDInput

/// Why an observation could not be diagnosed: the input, not the catalog.
///
/// The cases carry what went wrong (the parse error with its spans, the unknown device and the
/// nearest known id); how to word it for a particular program — which command lists the devices,
/// say — is the program's choice. ``description`` is a neutral wording.
public enum DiagnoseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The typed text could not be read.
    case text(ObservationParseError)
    /// The canonical string does not follow the grammar.
    case canonical(CanonicalSyntaxError)
    /// The device is not in the catalog; `suggestion` is the nearest known device id, if one is close.
    /// The known devices are the catalog's (``Catalog/devices``).
    case unknownDevice(String, suggestion: String?)
    /// A fix said to be tried is not in the catalog; `suggestion` is the nearest known fix id, if one is close.
    case unknownFix(String, suggestion: String?)
    /// A question about the light, or its answer, is not in the catalog: the question's id and, when
    /// the question is known, the answer given and the answers it has (when it is not, the catalog's
    /// questions about the light).
    case unknownLightAnswer(question: String, answer: String?, choices: [String])

    /// The message for a person, with carets under the input where that helps.
    public var description: String {
        switch self {
        case .text(let error): return error.description
        case .canonical(let error): return error.description
        case .unknownDevice(let name, let suggestion):
            return "error: unknown device \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .unknownFix(let id, let suggestion):
            return "error: unknown fix \"\(id)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .unknownLightAnswer(let question, nil, let questions):
            return "error: unknown question about the light \"\(question)\"; the questions: "
                + questions.joined(separator: ", ")
        case .unknownLightAnswer(let question, let answer?, let choices):
            return "error: \"\(answer)\" is not an answer to \"\(question)\"; its answers: "
                + choices.joined(separator: ", ")
        }
    }
}
