import LEDDiagnostics

/// The text `leddiag evaluate --guided` adds: top-1 before and after simulated guided sessions, the
/// questions asked, and the rows the questions turned wrong or right.
enum GuidedEvaluationText {
    static func render(_ sessions: [GuidedEvaluation.Session]) -> String {
        let rows = sessions.count
        let before = sessions.filter(\.wasRight).count
        let after = sessions.filter(\.isRight).count
        let questions = sessions.map(\.asked.count)
        let mean = rows == 0 ? 0 : Double(questions.reduce(0, +)) / Double(rows)
        var lines = [
            "",
            "Guided sessions (a simulated owner answers from each row's labelled contexts and events):",
            "  top-1 before the questions: \(before)/\(rows)",
            "  top-1 after the questions:  \(after)/\(rows)",
            "  questions: mean \(NumberText.short((mean * 100).rounded() / 100)), most \(questions.max() ?? 0), "
                + "none asked in \(questions.filter { $0 == 0 }.count) rows",
        ]
        let light = sessions.flatMap(\.asked).filter { $0.kind == .light }
        if !light.isEmpty {
            let byQuestion = Dictionary(grouping: light, by: \.question).sorted { $0.key < $1.key }.map { id, asked in
                "\(id) \(asked.filter { $0.answer != nil }.count)/\(asked.count)"
            }
            lines.append(
                "  about the light: \(light.count) asked, \(light.filter { $0.answer != nil }.count) answered from the "
                    + "labelled events, the others don't know (\(byQuestion.joined(separator: ", ")))")
        }
        for session in sessions where session.before != session.after {
            let asked = session.asked.map { asked in
                asked.kind == .light
                    ? asked.question + "=" + (asked.answer ?? "?") : (asked.answer ?? "?") + " " + asked.question
            }
            lines.append(
                "  \(session.isRight ? "fixed" : "moved") \(session.row.location): \(session.before ?? "-") → "
                    + "\(session.after ?? "-") (expected \(session.row.expectedLabel)) after "
                    + asked.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
