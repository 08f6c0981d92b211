import FuzzSupport
import LEDDiagnostics
import Yams

/// The catalog loader (`--patterns DIR`), on arbitrary YAML text.
///
/// The first input byte picks the setting: bit 0 loads the text together with the built-in
/// catalog's devices, causes, fixes and contexts (so rules in the text can name real causes and get
/// compiled), bit 1 JIT-compiles the rules. The rest is the YAML file.
///
/// Invariants:
/// - loading never crashes or hangs: it gives a catalog, or an error listing at least one problem,
///   each at a 1-based line and column of a file that was given, the lines within that file;
/// - a loaded catalog is consistent: ids unique, every rule's cause exists;
/// - a loaded catalog is within `CatalogLimits.standard`: the file's tree with every alias expanded
///   (counted again from Yams' tree) holds at most `nodes` nodes, every expanded rule pattern and
///   fragment at most `patternBytes`, the rules' together at most `totalPatternBytes` — aliases and
///   fragments load or fail with a problem, never past a limit (the seeds include alias and fragment
///   bombs of every depth, `corpus.sh`);
/// - diagnosing with it (short and very long observations) never crashes or hangs: each rule
///   matches, misses or is skipped with a warning that names it (a PCRE2 limit), confidences stay
///   in 0…1 and sum to at most 1; its own examples run without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var reader = Fuzz.Reader(Fuzz.bytes(data, size))
    let setting = reader.byte()
    let text = Fuzz.text(reader.rest())
    let file = CatalogFile(name: "fuzz.yaml", text: text)
    let files = setting & 1 == 1 ? FuzzCatalogData.support + [file] : [file]
    let catalog: Catalog
    do {
        catalog = try CatalogLoader(jit: setting & 2 == 2).load(files)
    } catch {
        Fuzz.check(!error.problems.isEmpty, "a catalog error without problems")
        for problem in error.problems {
            let location = problem.location
            guard let given = files.first(where: { $0.name == location.file }) else {
                Fuzz.fail("a problem in a file that was not given: \(problem)")
            }
            // YAML's line breaks: LF, CR LF, a lone CR, NEL, LS and PS (libyaml counts each as one).
            let lines = given.text.reduce(1) { count, character in
                ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(character) ? count + 1 : count
            }
            Fuzz.check(
                location.line >= 1 && location.column >= 1 && location.line <= lines + 1,
                "problem outside its file (\(lines) lines): \(problem)")
        }
        _ = error.description
        return 0
    }
    FuzzCatalogData.checkLimits(catalog, text: text)
    Fuzz.check(Set(catalog.rules.map(\.id)).count == catalog.rules.count, "duplicate rule ids loaded")
    Fuzz.check(Set(catalog.causes.map(\.id)).count == catalog.causes.count, "duplicate cause ids loaded")
    for rule in catalog.rules {
        Fuzz.check(catalog.cause(rule.cause) != nil, "rule \(rule.id) names an unknown cause \(rule.cause)")
    }
    guard !catalog.rules.isEmpty else { return 0 }
    let diagnoser = Diagnoser(catalog: catalog)
    let unfiltered = Diagnoser(catalog: catalog, prefilter: false)
    for observation in FuzzCatalogData.observations {
        Fuzz.checkPrefilter(
            observation, filtered: diagnoser, unfiltered: unfiltered, origin: "catalog \(text.debugDescription)")
        let diagnosis = diagnoser.diagnose(observation)
        Fuzz.checkDiagnosis(diagnosis, catalog: catalog, builtin: false, origin: "catalog \(text.debugDescription)")
        for warning in diagnosis.warnings {
            Fuzz.check(
                catalog.rules.contains { warning.hasPrefix("rule \"\($0.id)\" skipped: ") },
                "a warning that names no rule: \(warning)")
        }
        // Every rule that applies and trips a limit is named in a warning: none is skipped silently.
        for outcome in diagnoser.evaluate(observation) {
            guard case .skipped(let error) = outcome.verdict else { continue }
            let rule = outcome.rule
            let applies =
                (rule.devices.map { devices in observation.device.map(devices.contains) ?? true } ?? true)
                && rule.requiredContexts.isSubset(of: observation.contexts)
                && rule.excludedContexts.isDisjoint(with: observation.contexts)
            guard applies else { continue }
            Fuzz.check(
                diagnosis.warnings.contains("rule \"\(rule.id)\" skipped: \(error)"),
                "rule \(rule.id) skipped (\(error)) without a warning")
        }
    }
    _ = CatalogExampleRunner(diagnoser: diagnoser).run()
    return 0
}

enum FuzzCatalogData {
    /// The limits hold for a catalog that loaded (`text` is its fuzzed file).
    static func checkLimits(_ catalog: Catalog, text: String) {
        let limits = CatalogLimits.standard
        // The file loaded, so it has no list or mapping as a key: Yams composes it cheaply (an aliased
        // node is shared); counting stops one node past the limit.
        if let root = try? Yams.compose(yaml: text, .basic) {
            var budget = limits.yaml.maximumNodes + 1
            count(root, budget: &budget)
            Fuzz.check(budget > 0, "a file of more than \(limits.yaml.maximumNodes) nodes (aliases expanded) loaded")
        }
        var total = 0
        for rule in catalog.rules {
            let bytes = rule.resolvedPattern.utf8.count
            Fuzz.check(bytes <= limits.patternBytes, "rule \(rule.id) expands to \(bytes) bytes")
            total += bytes
        }
        Fuzz.check(total <= limits.totalPatternBytes, "the rules' patterns expand to \(total) bytes together")
        for (name, body) in catalog.fragments {
            Fuzz.check(body.utf8.count <= limits.patternBytes, "fragment \(name) expands to \(body.utf8.count) bytes")
        }
    }

    /// Takes the nodes of `node` (aliases expanded) from `budget`, stopping at 0.
    static func count(_ node: Node, budget: inout Int) {
        guard budget > 0 else { return }
        budget -= 1
        switch node {
        case .scalar, .alias: break
        case .sequence(let items): for item in items { count(item, budget: &budget) }
        case .mapping(let pairs):
            for pair in pairs {
                count(pair.key, budget: &budget)
                count(pair.value, budget: &budget)
            }
        }
    }

    /// The built-in catalog without its rules: devices, causes, fixes, contexts.
    static let support: [CatalogFile] = Catalog.builtinFiles.filter { !$0.name.contains("/rules/") }

    /// Observations to diagnose with a fuzzed catalog: short, typical, and a long rig episode.
    static let observations: [Observation] = {
        var steps: [EventStep] = []
        for index in 0..<120 {
            let color: LEDColor = [.red, .blue, .green][index % 3]
            steps.append(
                EventStep(
                    LEDEvent(
                        colors: [color], kind: index % 2 == 0 ? .blink : .solid,
                        count: index % 2 == 0 ? .exactly(3 + index % 9) : nil,
                        duration: EventDuration(seconds: Double(index) + 0.25),
                        timing: index % 2 == 0 ? PulseTiming(on: 0.2, off: 0.3) : nil)))
        }
        return [
            Observation(sequence: []),
            Observation(
                device: "mini", contexts: [.afterReset],
                sequence: [LEDEvent(colors: [.red], kind: .blink, count: .exactly(6))]),
            Observation(
                device: "outdoor-4",
                sequence: [
                    LEDEvent(colors: [.blue], kind: .solid), LEDEvent(colors: [.red], kind: .blink, count: .exactly(6)),
                ]),
            Observation(device: "sync-module-2", steps: steps),
        ]
    }()
}

@main
enum FuzzCatalogMain {
    static func main() { Fuzz.main(fuzzCatalog) }
}
