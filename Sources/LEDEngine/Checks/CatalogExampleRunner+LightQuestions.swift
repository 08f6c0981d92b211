import LEDCore

extension CatalogExampleRunner {
    /// Runs one example of a question about the light; `nil` when it behaves as declared: an example
    /// with an answer must read, the question must apply to it, and the answer must give the canonical
    /// string written under `gives`; one under `no_match` must read, and the question must not apply.
    public func check(_ question: LightQuestion, _ example: LightQuestionExample) -> Failure? {
        func failure(_ message: String) -> Failure {
            Failure(location: example.location, rule: question.id, owner: "light question", message: message)
        }
        let observation: Observation
        do {
            observation = try diagnoser.read(example.text, device: example.device)
        } catch {
            return failure("example \"\(example.text)\" cannot be read:\n\(error)")
        }
        guard let answer = example.answer else {
            let applies = question.choices.contains { choice in
                Diagnoser.refine(observation, question: question, choice: choice) != nil
            }
            return applies
                ? failure("example \"\(example.text)\" should not be asked about, but is (\(observation.canonical))")
                : nil
        }
        guard let choice = question.choice(answer) else {
            return failure("example \"\(example.text)\" answers \"\(answer)\", which is not one of its answers")
        }
        guard let refined = Diagnoser.refine(observation, question: question, choice: choice) else {
            return failure("example \"\(example.text)\" should be asked about, but is not (\(observation.canonical))")
        }
        guard refined.canonical == example.gives else {
            return failure(
                "example \"\(example.text)\" answered \"\(answer)\" should give \(example.gives ?? "-"), "
                    + "but gives \(refined.canonical)")
        }
        return nil
    }
}
