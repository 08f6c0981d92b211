package import Foundation
package import LEDCore
package import LEDEngine

/// Helpers of the hardening tests (Hostile*, Hardening*): a shared diagnoser, catalogs with hostile
/// rules, long observations. (Running the `leddiag` binary is `LEDDiagCLI`'s, in LEDCommandLineTests.)
package enum HardeningSupport {
    /// The built-in diagnoser (rules JIT-compiled), built once.
    package static let diagnoser: Diagnoser = {
        do {
            return try Diagnoser.builtin()
        } catch {
            preconditionFailure("the built-in catalog does not load: \(error)")
        }
    }()

    /// Patterns that trip a PCRE2 limit on a long canonical string, on both engines.
    package static let hostilePatterns: [(id: String, pattern: String)] = [
        ("hostile-nested-class", "^dev=(?:(?:[a-z0-9:_ &=./?,-]+)+)+[!#]$"),
        ("hostile-dot-star-star", "(?:.*)*x"),
        ("hostile-tokens", "^(?:(?:\\S+\\s?)*)*[!#]"),
    ]

    /// A long rig-like observation: `steps` events of red, blue and green blinks and solids with
    /// exact timing (about 43 bytes of canonical string per step).
    package static func longObservation(
        steps: Int, device: String? = "mini", contexts: Set<ObservationContext> = []
    ) -> Observation {
        var events: [EventStep] = []
        events.reserveCapacity(steps)
        for index in 0..<steps {
            let color: LEDColor = [.red, .blue, .green][index % 3]
            let blink = index % 2 == 0
            events.append(
                EventStep(
                    LEDEvent(
                        colors: [color], kind: blink ? .blink : .solid, count: blink ? .exactly(3 + index % 50) : nil,
                        speed: blink ? .fast : nil,
                        duration: EventDuration(seconds: Double(index) + 0.5),
                        timing: blink ? PulseTiming(on: 0.2, off: 0.25) : nil)))
        }
        return Observation(device: device, contexts: contexts, steps: events)
    }

    /// A catalog file with one rule per (id, pattern), pointing at its own cause `hostile-cause`. Each rule
    /// first matches a white solid light exactly (so its `match` example ranks its cause first and the
    /// CLI's example check passes), then tries the hostile pattern.
    package static func hostileCatalogFile(
        _ rules: [(id: String, pattern: String)], name: String = "hostile.yaml"
    ) -> CatalogFile {
        var yaml = """
            causes:
              - id: hostile-cause
                title: A cause only hostile rules point at
                meaning: Test catalog for docs/reliability.md.
                severity: warning
                sources: [{ref: "hostile", tier: guide}]

            rules:

            """
        for rule in rules {
            let pattern = "^dev=\\S+ ctx=- : white:solid:_:_:_:_:_$|" + rule.pattern
            yaml += """
                  - id: \(rule.id)
                    cause: hostile-cause
                    pattern: '\(pattern.replacingOccurrences(of: "'", with: "''"))'
                    weight: 0.5
                    explanation: A pattern written to backtrack catastrophically.
                    sources: [{ref: "hostile", tier: guide}]
                    status: experimental
                    examples:
                      match: ["dev=? ctx=- : white:solid:_:_:_:_:_"]
                      no_match: ["dev=? ctx=- : amber:solid:_:_:_:_:_"]

                """
        }
        return CatalogFile(name: name, text: yaml)
    }

    /// The built-in catalog plus `file`, JIT-compiled or interpreted.
    package static func diagnoser(adding file: CatalogFile, jit: Bool) throws -> Diagnoser {
        Diagnoser(catalog: try CatalogLoader(jit: jit).load(Catalog.builtinFiles + [file]))
    }

    /// A new empty temporary folder, removed by the caller.
    package static func temporaryFolder() throws -> URL {
        try TestPaths.temporaryFolder(prefix: "leddiag-hardening")
    }
}
