import LEDCore

extension Diagnoser {
    /// One diagnosis with what was found on the way to it — the canonical bytes the rules read, the
    /// matcher's outcomes and the ranking — for an explanation to share instead of computing again.
    struct Run {
        /// The diagnosis.
        var diagnosis: Diagnosis
        /// What the rules read: the observation without its past steps.
        var now: Observation
        /// What the light used to do, when the observation says so.
        var history: ObservationHistory?
        /// The canonical string of `now`, as bytes.
        var subject: [UInt8]
        /// Where its parts lie.
        var layout: CanonicalLayout
        /// The rules' outcomes and the ranking, in numbers.
        var scoring: RuleScoring
    }

    /// Diagnoses what the light does now: steps flagged `past` ("it used to blink blue; now …") come
    /// first in time and are shown in the report, but the rules, the ranking and the questions read
    /// only the steps after them. Evidence spans are moved to point into the whole canonical string.
    func run(_ observation: Observation, text: String?, answers: Answers = .none) -> Run {
        let observation = applying(answers, to: observation)
        guard let history = ObservationHistory(observation) else {
            return runNow(observation, text: text, answers: answers)
        }
        var run = runNow(history.now, text: text, answers: answers)
        let whole = String(decoding: history.canonical, as: UTF8.self)
        let moved = history.moved as (Int) -> Int
        if text == nil { run.diagnosis.observation = whole }
        run.diagnosis.canonical = whole
        run.diagnosis.events = history.canonical.withUnsafeBufferPointer {
            Self.eventReports(observation, bytes: $0, layout: history.layout)
        }
        for cause in run.diagnosis.causes.indices {
            for evidence in run.diagnosis.causes[cause].evidence.indices {
                run.diagnosis.causes[cause].evidence[evidence].span =
                    run.diagnosis.causes[cause].evidence[evidence].span.map(moved)
            }
        }
        run.diagnosis.closest = run.diagnosis.closest.map { $0.moved(moved) }
        run.history = history
        return run
    }

    /// Diagnoses `observation` as a whole: its canonical string is written once, as bytes; the rules
    /// match these, and the string is made from them.
    private func runNow(_ observation: Observation, text: String?, answers: Answers) -> Run {
        var subject: [UInt8] = []
        let layout = CanonicalWriter.write(observation, into: &subject)
        let canonical = String(decoding: subject, as: UTF8.self)
        var scoring = subject.withUnsafeBufferPointer {
            score(observation, bytes: $0, layout: layout, answers: answers)
        }
        let diagnosis = subject.withUnsafeBufferPointer { bytes in
            let question = QuestionPlanner(self).bestQuestion(
                for: observation, canonical: bytes, layout: layout, scoring: scoring, answers: answers)
            let closest =
                scoring.beliefs.isEmpty
                ? nearMisses(observation, bytes: bytes, layout: layout, outcomes: &scoring.outcomes) : []
            let skipped = skippedRules(scoring)
            var diagnosis = Diagnosis(
                observation: text ?? canonical, device: observation.device, canonical: canonical,
                events: Self.eventReports(observation, bytes: bytes, layout: layout),
                causes: rankedCauses(scoring, bytes: bytes, device: observation.device),
                fixes: plannedFixes(scoring.plan, device: observation.device),
                expectedCost: Self.rounded(scoring.plan.expectedCost), question: question, closest: closest,
                warnings: skipped.map(\.warning))
            diagnosis.skippedRules = skipped
            return diagnosis
        }
        return Run(diagnosis: diagnosis, now: observation, subject: subject, layout: layout, scoring: scoring)
    }

    /// The events of `observation` with their tokens, cut from its canonical string `bytes` where
    /// `layout` says they lie.
    static func eventReports(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout
    ) -> [EventReport] {
        var events: [EventReport] = []
        var token = 0
        for (index, step) in observation.steps.enumerated() {
            for event in step.events {
                let range = layout.token(token)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                events.append(EventReport(event, step: index, token: text))
                token += 1
            }
        }
        return events
    }
}
