public import LEDCore

/// A diagnosis that asks: the state of a guided session, the same for a terminal prompt and a
/// program. It holds the current ``Diagnosis`` and the yes/no ``question`` worth asking next; each
/// ``answer(_:)`` updates both, until no question is worth asking.
///
/// - "yes" adds the question's context to the observation and diagnoses again;
/// - "no" and "skip" keep the ranking (an unstated context already reads as "no") and mark the
///   question answered, so that it is not asked again.
///
/// Questions come from the catalog's `contexts` section through the engine's value-of-information
/// planner (``Diagnosis/question``). One guard is added here: a question whose "yes" would leave no
/// rule matching is not asked — the planner would price the empty plan at 0 minutes and so
/// overrate a question whose answer tells nothing. When no rule matches at all, the session asks
/// about the situation in which one would (a rule whose pattern matches but needs one more
/// context); such a question carries no costs (both are 0).
///
/// ```swift
/// var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: diagnoser)
/// while let question = session.question {
///     print(question.text)            // "Is the device being set up (or added to the app) right now?"
///     session.answer(.yes)
/// }
/// print(session.diagnosis.topCause?.id ?? "-")   // "setup-in-progress"
/// ```

public struct GuidedDiagnosis: Sendable {
    /// An answer to a yes/no question.
    public enum Answer: String, Sendable, Hashable, CaseIterable {
        /// The context holds: it is added to the observation.
        case yes
        /// The context does not hold.
        case no
        /// The person does not know, or does not want to say.
        case skip

        /// Reads what a person types: `y`, `yes`, `n`, `no`, `s`, `skip`, `?`, "don't know" (any case);
        /// nil for anything else.
        public init?(reply: String) {
            let word = reply.lowercased().filter { $0.isLetter || $0 == "?" }
            switch word {
            case "y", "yes", "yeah", "yep", "true": self = .yes
            case "n", "no", "nope", "false": self = .no
            case "s", "skip", "?", "dontknow", "idontknow", "dunno", "notsure", "unknown", "pass": self = .skip
            default: return nil
            }
        }
    }

    /// One question asked and its answer.
    public struct Exchange: Sendable, Hashable {
        /// The question.
        public var question: DiagnosticQuestion
        /// The answer.
        public var answer: Answer
    }

    /// The diagnoser.
    public let diagnoser: Diagnoser
    /// The observation as it stands: what was seen, plus the contexts answered "yes".
    public private(set) var observation: Observation
    /// The questions asked so far, in order.
    public private(set) var exchanges: [Exchange] = []
    /// The diagnosis of ``observation``.
    public private(set) var diagnosis: Diagnosis
    /// The question worth asking next, or nil when none is (the session is settled).
    public private(set) var question: DiagnosticQuestion?
    private let text: String?
    /// The contexts `text` itself states, read once: the ones answered "yes" are shown beside it.
    private let statedContexts: Set<ObservationContext>

    /// Starts a session for typed text (or a canonical string) seen on `device` (an id or alias).
    public init(_ text: String, device: String? = nil, diagnoser: Diagnoser) throws(DiagnoseError) {
        var observation = try diagnoser.read(text, device: device)
        if let device { observation.device = try diagnoser.deviceID(for: device) }
        self.init(observation: observation, text: text, diagnoser: diagnoser)
    }

    /// Starts a session for an observation.
    public init(observation: Observation, diagnoser: Diagnoser) {
        self.init(observation: observation, text: nil, diagnoser: diagnoser)
    }

    private init(observation: Observation, text: String?, diagnoser: Diagnoser) {
        self.diagnoser = diagnoser
        self.observation = observation
        self.text = text
        self.statedContexts = text.map { diagnoser.read(quietly: $0) } ?? []
        self.diagnosis = diagnoser.diagnose(observation)
        self.question = nil
        refresh()
    }

    /// Whether no question is worth asking any more.
    public var isSettled: Bool { question == nil }

    /// The contexts answered "no" or "skip".
    public var declined: Set<ObservationContext> {
        Set(exchanges.filter { $0.answer != .yes }.map(\.question.context))
    }

    /// Answers the current question; does nothing when there is none.
    public mutating func answer(_ answer: Answer) {
        guard let question else { return }
        exchanges.append(Exchange(question: question, answer: answer))
        if answer == .yes { observation.contexts.insert(question.context) }
        refresh()
    }

    /// Diagnoses the observation again and picks the next question.
    private mutating func refresh() {
        diagnosis = diagnoser.diagnose(observation)
        if let text {
            let added = observation.contexts.subtracting(statedContexts).sorted().map(\.rawValue)
            diagnosis.observation = added.isEmpty ? text : text + " (" + added.joined(separator: ", ") + ")"
        }
        question = nextQuestion(startingWith: diagnosis.question)
        diagnosis.question = question
    }

    /// The engine's best question among those not asked yet (the engine skips questions whose "yes"
    /// would leave no diagnosis).
    private func nextQuestion(startingWith first: DiagnosticQuestion?) -> DiagnosticQuestion? {
        let asked = Set(exchanges.map(\.question.context))
        if diagnosis.causes.isEmpty { return situationQuestion(excluding: asked) }
        if let first, !asked.contains(first.context) { return first }
        return diagnoser.nextQuestion(for: observation, excluding: asked)
    }

    /// For an observation no rule matches: a question about the situation in which one would — a
    /// rule whose pattern matches but that needs one context more. Of those, the one whose "yes"
    /// gives the most confident diagnosis.
    private func situationQuestion(excluding unavailable: Set<ObservationContext>) -> DiagnosticQuestion? {
        var contexts: [ObservationContext] = []
        for outcome in diagnoser.evaluate(observation) {
            guard case .wrongContext(_?, let missing, let present) = outcome.verdict, present.isEmpty,
                missing.count == 1,
                let context = missing.first, !unavailable.contains(context), !contexts.contains(context),
                diagnoser.catalog.question(for: context) != nil
            else { continue }
            contexts.append(context)
        }
        var best: (confidence: Double, context: ObservationContext)?
        for context in contexts {
            var yes = observation
            yes.contexts.insert(context)
            guard let top = diagnoser.diagnose(yes).topCause, top.confidence > best?.confidence ?? 0 else { continue }
            best = (top.confidence, context)
        }
        guard let best, let text = diagnoser.catalog.question(for: best.context) else { return nil }
        return DiagnosticQuestion(text: text, context: best.context, expectedCostAfter: 0, expectedCostNow: 0)
    }
}

extension Diagnoser {
    /// The contexts `text` itself states (none when it cannot be read).
    fileprivate func read(quietly text: String) -> Set<ObservationContext> {
        (try? read(text))?.contexts ?? []
    }
}
