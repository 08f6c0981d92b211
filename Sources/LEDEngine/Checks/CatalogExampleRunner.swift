import LEDCore

/// Runs every rule's own examples against a diagnoser, as SwiftLint runs its rules' triggering and
/// non-triggering examples: a `match` example must rank the rule's cause first, with the rule among
/// the evidence; a `no_match` example must not match the rule (after its device and context filters).
/// The examples of the questions about the light run too (``check(_:_:)-(LightQuestion,_)``).

public struct CatalogExampleRunner: Sendable {
    /// One example that did not behave as declared.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// Where the example is written.
        public var location: CatalogLocation
        /// The rule it belongs to (or the question about the light).
        public var rule: String
        /// What `rule` names: `rule` or `light question`.
        public var owner = "rule"
        /// What went wrong.
        public var message: String

        /// `file:line:column: error: rule …: message`.
        public var description: String { "\(location): error: \(owner) \"\(rule)\": \(message)" }
    }

    /// The diagnoser whose catalog's examples run.
    public let diagnoser: Diagnoser

    /// Creates a runner for the diagnoser's catalog.
    public init(diagnoser: Diagnoser) {
        self.diagnoser = diagnoser
    }

    /// Every example of every rule, as (rule, example, expects a match).
    public var examples: [(rule: Rule, example: RuleExample, shouldMatch: Bool)] {
        diagnoser.catalog.rules.flatMap { rule in
            rule.matchExamples.map { (rule, $0, true) } + rule.noMatchExamples.map { (rule, $0, false) }
        }
    }

    /// Every example of every question about the light, as (question, example).
    public var lightExamples: [(question: LightQuestion, example: LightQuestionExample)] {
        diagnoser.catalog.lightQuestions.flatMap { question in question.examples.map { (question, $0) } }
    }

    /// Runs every example; the failures, in catalog order (the rules', then the light questions').
    public func run() -> [Failure] {
        examples.compactMap { check($0.rule, $0.example, shouldMatch: $0.shouldMatch) }
            + lightExamples.compactMap { check($0.question, $0.example) }
    }

    /// Runs one example; `nil` when it behaves as declared.
    public func check(_ rule: Rule, _ example: RuleExample, shouldMatch: Bool) -> Failure? {
        func failure(_ message: String) -> Failure {
            Failure(location: example.location, rule: rule.id, message: message)
        }
        let observation: Observation
        do {
            observation = try diagnoser.read(example.text, device: example.device)
        } catch {
            return failure("example \"\(example.text)\" cannot be read:\n\(error)")
        }
        let canonical = observation.canonical
        if shouldMatch {
            let diagnosis = diagnoser.diagnose(observation)
            guard let top = diagnosis.topCause else {
                return failure(
                    "example \"\(example.text)\" should rank \"\(rule.cause)\" first, but no rule matched \(canonical)")
            }
            guard top.id == rule.cause else {
                let ranking = diagnosis.causes.prefix(3).map { "\($0.id) \($0.confidence)" }.joined(separator: ", ")
                return failure(
                    "example \"\(example.text)\" should rank \"\(rule.cause)\" first, but ranks \(ranking) "
                        + "(\(canonical))"
                )
            }
            guard top.evidence.contains(where: { $0.rule == rule.id }) else {
                return failure(
                    "example \"\(example.text)\" ranks \"\(rule.cause)\" first, but this rule did not match "
                        + "\(canonical)"
                )
            }
            return nil
        }
        // Only this rule is matched: matching every rule (with how far each got) made checking a catalog's
        // examples quadratic in its rules.
        let matches: Bool
        if let index = diagnoser.catalog.ruleIndex(of: rule.id) {
            matches = diagnoser.matches(rule: index, observation)
        } else if case .matched? = diagnoser.evaluate(observation).first(where: { $0.rule.id == rule.id })?.verdict {
            matches = true
        } else {
            matches = false
        }
        return matches ? failure("example \"\(example.text)\" should not match, but matches \(canonical)") : nil
    }
}
