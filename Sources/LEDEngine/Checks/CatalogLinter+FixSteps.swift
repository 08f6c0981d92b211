// The `unsourced-difference` check: a fix step that says the sources differ names them.
extension CatalogLinter {
    /// Steps whose `differ` note names none of the fix's sources: a disagreement nobody can trace.
    func unsourcedDifferences(_ catalog: Catalog) -> [CatalogLintFinding] {
        var findings: [CatalogLintFinding] = []
        for fix in catalog.fixes {
            let names = fix.sources.flatMap(Self.names(of:))
            var shown: [String] = []
            for source in fix.sources {
                let name = source.label ?? (source.tier == .official ? "Blink's …" : source.ref)
                if !shown.contains(name) { shown.append(name) }
            }
            let lists =
                [("steps", fix.steps)]
                + fix.deviceSteps.keys.sorted().map { ("\($0) steps", fix.deviceSteps[$0] ?? []) }
            for (list, steps) in lists {
                for (index, step) in steps.enumerated() {
                    guard let note = step.sourcesDiffer, !names.contains(where: { Self.cites(note, $0) }) else {
                        continue
                    }
                    findings.append(
                        CatalogLintFinding(
                            "fix \"\(fix.id)\": step \(index + 1) of its \(list) says the sources differ, but its "
                                + "\"differ\" names none of them (\(shown.joined(separator: ", "))); "
                                + "name the source of each reading",
                            at: fix.location, check: .unsourcedDifference))
                }
            }
        }
        return findings
    }

    /// The names a step can cite a source by: its `ref`; a knowledge file's ``SourceReference/label``
    /// (`000`); and for Blink's own help centre (tier `official`) "Blink's" and "official".
    static func names(of source: SourceReference) -> [String] {
        [source.ref] + (source.label.map { [$0] } ?? []) + (source.tier == .official ? ["Blink's", "official"] : [])
    }

    /// Whether `text` has `name` as a word of its own (not inside a longer word or number).
    static func cites(_ text: String, _ name: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: name) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWord = { (character: Character?) in character.map { $0.isLetter || $0.isNumber } ?? false }
            if !isWord(before) && !isWord(after) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }
}
