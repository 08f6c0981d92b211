public import LEDCore
public import LEDInput
import LEDSupport

/// Diagnoses observations against a catalog: builds the canonical string, runs every applicable
/// rule, ranks the causes and plans the fixes.
///
/// A `Diagnoser` is immutable and `Sendable`: build one and share it between threads. It is a value
/// over one shared storage, so copies are cheap.
///
/// ```swift
/// let diagnoser = try Diagnoser.builtin()
/// let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
/// print(diagnosis.topCause?.id ?? "no match")   // low-battery
/// ```
public struct Diagnoser: Sendable {
    /// What the diagnoser holds, shared by its copies.
    let storage: Storage

    /// The catalog the rules come from.
    public var catalog: Catalog { storage.catalog }
    /// The numbers behind the ranking.
    public var policy: RankingPolicy { storage.policy }
    /// The parser for typed text, knowing the catalog's device names.
    public var parser: TextObservationParser { storage.parser }
    /// The catalog's device names and aliases.
    public var deviceNames: DeviceAliasTable { storage.deviceNames }
    /// The rules' devices, contexts and causes as numbers.
    var rules: RuleTable { storage.rules }

    /// Creates a diagnoser for `catalog`. With `prefilter` (the default) a rule goes to PCRE2 only when
    /// the canonical string holds a literal its pattern requires (``RequiredLiterals``); without it every
    /// rule is tried. The results are the same: turning it off is for checking that.
    public init(
        catalog: Catalog, policy: RankingPolicy = .default, vocabulary: TimingVocabulary = .default,
        prefilter: Bool = true
    ) {
        self.init(catalog: catalog, policy: policy, vocabulary: vocabulary, prefilter: prefilter, memo: true)
    }

    /// A diagnoser for `catalog` that, with `memo` false, ranks every match outcome afresh instead of
    /// remembering its ranking and fix plan (``MatchOutcome``): the reference path the memo is checked
    /// against. The results are the same.
    package init(
        catalog: Catalog, policy: RankingPolicy = .default, vocabulary: TimingVocabulary = .default,
        prefilter: Bool = true, memo: Bool
    ) {
        storage = Storage(catalog: catalog, policy: policy, vocabulary: vocabulary, prefilter: prefilter, memo: memo)
    }

    /// A diagnoser for the built-in catalog (embedded in the binary).
    public static func builtin(policy: RankingPolicy = .default) throws(CatalogError) -> Diagnoser {
        Diagnoser(catalog: try Catalog.builtin(), policy: policy)
    }

    /// The catalog id for a device name or alias (`"Outdoor 4"` → `outdoor-4`).
    public func deviceID(for name: String) throws(DiagnoseError) -> String {
        if catalog.device(name) != nil { return name }
        if let id = deviceNames.device(named: name) { return id }
        throw DiagnoseError.unknownDevice(
            name, suggestion: EditDistance.nearest(to: name.lowercased(), in: catalog.devices.map(\.id), maximum: 3))
    }

    /// Reads `text` (typed words or a canonical string) and diagnoses it. `device` (an id or alias)
    /// overrides a device named in the text.
    public func diagnose(_ text: String, device: String? = nil) throws(DiagnoseError) -> Diagnosis {
        let reading = try read(parsing: text, device: device)
        var diagnosis = run(reading.observationOnDevice, text: text).diagnosis
        reading.annotate(&diagnosis)
        return diagnosis
    }

    /// Reads `text` and diagnoses it with the owner's `answers` as further evidence: contexts answered
    /// yes or no, fixes tried without success, what the light did (`docs/ranking.md`, "Answers"). Throws
    /// for a fix or a question about the light the catalog does not have.
    public func diagnose(
        _ text: String, device: String? = nil, answers: OwnerAnswers
    ) throws(DiagnoseError) -> Diagnosis {
        let reading = try read(parsing: text, device: device)
        var diagnosis = try diagnose(reading.observationOnDevice, text: text, answers: answers)
        reading.annotate(&diagnosis)
        return diagnosis
    }

    /// Diagnoses an observation with the owner's `answers` as further evidence.
    public func diagnose(_ observation: Observation, answers: OwnerAnswers) throws(DiagnoseError) -> Diagnosis {
        try diagnose(observation, text: nil, answers: answers)
    }

    private func diagnose(
        _ observation: Observation, text: String?, answers owner: OwnerAnswers
    ) throws(DiagnoseError) -> Diagnosis {
        let answers = try answers(owner)
        let (refined, unused) = try answered(observation, by: owner, answers)
        var diagnosis = run(refined, text: text, answers: answers).diagnosis
        diagnosis.answers = owner
        for id in unused {
            diagnosis.warnings.append(
                "the answer to the question about the light \"\(id)\" does not apply to this observation")
        }
        return diagnosis
    }

    /// Reads typed words or a canonical string into an observation, without diagnosing it.
    public func read(_ text: String, device: String? = nil) throws(DiagnoseError) -> Observation {
        try read(parsing: text, device: device).observation
    }

    /// Diagnoses an observation (from a log, a canonical string, or built in code).
    public func diagnose(_ observation: Observation) -> Diagnosis {
        run(observation, text: nil).diagnosis
    }

    /// The best question to ask about `observation` given the owner's `answers`, leaving out contexts
    /// in `skipped` and questions about the light in `skippedLight` too (asked, and not known); value of
    /// information, `docs/ranking.md`, "Questions". `nil` when no question is worth asking.
    public func nextQuestion(
        for observation: Observation, answers owner: OwnerAnswers = .none,
        excluding skipped: Set<ObservationContext> = [], excludingLight skippedLight: Set<String> = []
    ) throws(DiagnoseError) -> DiagnosticQuestion? {
        var answers = try answers(owner)
        let questions = catalog.lightQuestions
        answers.light = Array(
            Set(answers.light).union(questions.indices.filter { skippedLight.contains(questions[$0].id) })
        ).sorted()
        let observation = try answered(observation, by: owner, answers).observation
        var subject: [UInt8] = []
        let layout = CanonicalWriter.write(observation, into: &subject)
        return subject.withUnsafeBufferPointer { bytes in
            let scoring = score(observation, bytes: bytes, layout: layout, answers: answers)
            return QuestionPlanner(self).bestQuestion(
                for: observation, canonical: bytes, layout: layout, scoring: scoring, answers: answers,
                excluding: skipped)
        }
    }

    /// Numbers in a diagnosis carry four decimals: enough to rank, stable to print.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
