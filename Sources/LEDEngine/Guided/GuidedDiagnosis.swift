public import LEDCore

/// A diagnosis that asks, then walks through the fixes: the state of a guided session, the same for
/// a terminal prompt and a program. It holds the current ``Diagnosis`` and the ``question`` worth
/// asking next; each answer is evidence (``OwnerAnswers``) and updates both, until no question is
/// worth asking. Then ``report(fix:worked:)`` goes through the plan: a fix that did not work lowers the
/// causes it fixes and leaves the plan, which is made again; one that worked ends the session.
///
/// - "yes" adds the question's context to the observation and weighs each cause by P(yes | cause);
/// - "no" weighs each cause by P(no | cause) — a "no" moves the ranking too;
/// - "skip" (don't know) leaves the ranking alone; the question is not asked again.
///
/// When no rule matches at all, the session asks about the situation in which one would (a rule whose
/// pattern matches but needs one more context); such a question carries no costs (both are 0).
///
/// ```swift
/// var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: diagnoser)
/// while let question = session.question {
///     session.answer(.yes, for: question)
/// }
/// if let fix = session.diagnosis.fixes.first { session.report(fix: fix.id, worked: false) }
/// print(session.diagnosis.fixes.first?.id ?? "contact support")
/// ```
public struct GuidedDiagnosis: Sendable {
    /// An answer to a yes/no question.
    public enum Answer: String, Sendable, Hashable, CaseIterable {
        /// The context holds.
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
        /// The answer: for a question about the light, `skip` or, with ``choice``, an answer given.
        public var answer: Answer
        /// For a question about the light, the id of the choice answered (nil when skipped).
        public var choice: String?
    }

    /// How the session stands.
    public enum Outcome: Sendable, Hashable {
        /// Still diagnosing, or fixes left to try.
        case open
        /// A fix worked: its id.
        case fixed(String)
        /// Every planned fix was tried without success (or there was none): next, Blink support.
        case exhausted
    }

    /// The diagnoser.
    public let diagnoser: Diagnoser
    /// The observation as seen (answers are kept apart, in ``answers``).
    public private(set) var observation: Observation
    /// What the owner answered so far: contexts and fixes tried.
    public private(set) var answers = OwnerAnswers()
    /// The questions asked so far, in order.
    public private(set) var exchanges: [Exchange] = []
    /// The diagnosis of ``observation`` with ``answers``.
    public private(set) var diagnosis: Diagnosis
    /// The question worth asking next, or nil when none is (the session is settled).
    public private(set) var question: DiagnosticQuestion?
    /// How the session stands.
    public private(set) var outcome: Outcome = .open
    private let text: String?
    /// Contexts asked and answered "don't know": not asked again.
    private var unknown: Set<ObservationContext> = []
    /// Questions about the light asked and answered "don't know": not asked again.
    private var unknownLight: Set<String> = []

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
        self.diagnosis = diagnoser.diagnose(observation)
        self.question = nil
        refresh()
    }

    /// Whether no question is worth asking any more.
    public var isSettled: Bool { question == nil }

    /// The contexts answered "no" or "skip".
    public var declined: Set<ObservationContext> {
        Set(exchanges.filter { $0.answer != .yes }.compactMap(\.question.context))
    }

    /// Answers the current question; does nothing when there is none.
    public mutating func answer(_ answer: Answer) {
        guard let question else { return }
        self.answer(answer, for: question)
    }

    /// Answers `question` (the current one, or any situation question the owner answers unasked). For a
    /// question about the light, `skip` is "don't know", and `yes` or `no` choose the answer of that id
    /// when it has one.
    public mutating func answer(_ answer: Answer, for question: DiagnosticQuestion) {
        guard let context = question.context else {
            if answer == .skip {
                exchanges.append(Exchange(question: question, answer: .skip))
                unknownLight.insert(question.id)
                refresh()
            } else {
                self.answer(answer.rawValue, for: question)
            }
            return
        }
        exchanges.append(Exchange(question: question, answer: answer))
        switch answer {
        case .yes: answers.contexts[context] = true
        case .no: answers.contexts[context] = false
        case .skip: unknown.insert(context)
        }
        refresh()
    }

    /// Answers a question about the light with one of its choices (an id from `question.choices`): the
    /// observation is rewritten as the answer says, read again and diagnosed. Does nothing for a choice
    /// the question does not offer, or for a question answered already.
    public mutating func answer(_ choice: String, for question: DiagnosticQuestion) {
        guard question.kind == .light, question.choices.contains(where: { $0.id == choice }),
            !answers.light.contains(where: { $0.question == question.id })
        else { return }
        exchanges.append(Exchange(question: question, answer: .yes, choice: choice))
        answers.light.append(OwnerAnswers.LightAnswer(question: question.id, answer: choice))
        refresh()
    }

    /// Reports whether the fix `fix` (an id from the plan) worked. One that did not is evidence: the
    /// causes it fixes become less likely, it leaves the plan, and the plan is made again; when no fix
    /// is left the session is ``Outcome/exhausted``. One that worked ends the session (``Outcome/fixed(_:)``).
    public mutating func report(fix: String, worked: Bool) {
        guard outcome == .open else { return }
        if worked {
            outcome = .fixed(fix)
            question = nil
            diagnosis.question = nil
            return
        }
        guard diagnoser.catalog.fix(fix) != nil, !answers.triedFixes.contains(fix) else { return }
        answers.triedFixes.append(fix)
        refresh()
        if diagnosis.fixes.isEmpty { outcome = .exhausted }
    }

    /// Diagnoses the observation again with the answers, and picks the next question.
    private mutating func refresh() {
        // The answers were checked when they were given (known contexts, fixes from the catalog).
        diagnosis = (try? diagnoser.diagnose(observation, answers: answers)) ?? diagnoser.diagnose(observation)
        if let text {
            let said = answers.light.compactMap { answer in
                diagnoser.catalog.lightQuestion(answer.question)?.choice(answer.answer)?.text
            }
            let added = answers.yes.filter { !observation.contexts.contains($0) }.map(\.rawValue) + said
            diagnosis.observation = added.isEmpty ? text : text + " (" + added.joined(separator: ", ") + ")"
        }
        question = nextQuestion(startingWith: diagnosis.question)
        diagnosis.question = question
    }

    /// The engine's best question among those not asked yet.
    private func nextQuestion(startingWith first: DiagnosticQuestion?) -> DiagnosticQuestion? {
        let asked = Set(exchanges.compactMap(\.question.context))
        if diagnosis.causes.isEmpty { return situationQuestion(excluding: asked) }
        let askedLight = Set(exchanges.filter { $0.question.kind == .light }.map(\.question.id))
        if let first, first.context.map({ !asked.contains($0) }) ?? !askedLight.contains(first.id) { return first }
        return try? diagnoser.nextQuestion(
            for: observation, answers: answers, excluding: asked.union(unknown), excludingLight: unknownLight)
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
            var yes = answers
            yes.contexts[context] = true
            guard let top = (try? diagnoser.diagnose(observation, answers: yes))?.topCause,
                top.confidence > best?.confidence ?? 0
            else { continue }
            best = (top.confidence, context)
        }
        guard let best, let text = diagnoser.catalog.question(for: best.context) else { return nil }
        return DiagnosticQuestion(
            text: text, context: best.context, reason: "No rule matches as it stands; one would if the answer is yes.",
            expectedCostAfter: 0, expectedCostNow: 0)
    }
}
