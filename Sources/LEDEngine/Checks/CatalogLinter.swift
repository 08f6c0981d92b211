import LEDCore
import PCRE2
import Yams

/// Checks a catalog beyond what loading validates: what `leddiag patterns lint` reports.
///
/// Loading errors come first (a catalog that does not load gets nothing else). A catalog that
/// loads is then checked for likely mistakes, each a warning with its `file:line:column`:
///
/// - **broad** — a rule that fires (after its filters) on at least ``broadShare`` of the catalog's
///   example observations is evidence for almost anything;
/// - **unspecific** — on every one of its own `match` examples the pattern covers less than half of
///   the event text, so its specificity factor never exceeds 0.8 ("consume what you explain");
/// - **overlap** — two rules fire on exactly the same example observations: no example tells them
///   apart (for one cause, noisy-OR counts one piece of evidence twice);
/// - **unused-fragment**, **unreached-cause**, **unused-fix** — definitions nothing uses;
/// - **unsourced-difference** — a fix step whose `differ` note names none of the fix's sources;
/// - **slow**, **limit** — a pattern slower than ``timeBudget`` on one observation (the examples,
///   and 2 000-step synthetic logs), or tripping a PCRE2 limit;
/// - **growth** — a pattern whose time grows much faster than the events: more than
///   ``growthFactor`` times longer on 2 000 steps than on 200 of the same synthetic log. PCRE2's
///   limits bound one match attempt, not a rule that rescans the rest of the string from every
///   position, so such a rule costs seconds on a long rig episode without tripping anything.
///
/// Probes are the example observations of every rule of the catalog, read as `patterns test` reads
/// them.
public struct CatalogLinter: Sendable {
    /// The longest one match may take, in seconds. Default 2 ms.
    public var timeBudget: Double
    /// The share of example observations above which a rule is "broad". Default 0.5.
    public var broadShare: Double
    /// The least share of the event text a rule should cover on some match example. Default 0.5.
    public var minimumCoverage: Double
    /// How many times longer a rule may take on a synthetic log ten times longer. Default 30: a
    /// linear pattern takes about 10 times longer, one that rescans from every position about 100.
    public var growthFactor: Double

    /// Creates a linter.
    public init(
        timeBudget: Double = 0.002, broadShare: Double = 0.5, minimumCoverage: Double = 0.5, growthFactor: Double = 30
    ) {
        self.timeBudget = timeBudget
        self.broadShare = broadShare
        self.minimumCoverage = minimumCoverage
        self.growthFactor = growthFactor
    }

    /// Loads `files` as one catalog and checks it. Findings are reported only for files whose name
    /// is in `reportingOn` (nil: all files) — so that linting your folder together with the
    /// built-in catalog reports on your folder.
    public func lint(_ files: [CatalogFile], reportingOn: Set<String>? = nil) -> [CatalogLintFinding] {
        let catalog: Catalog
        do {
            catalog = try CatalogLoader().load(files)
        } catch {
            let findings = error.problems.map {
                CatalogLintFinding($0.message, at: $0.location, severity: .error, check: .invalid)
            }
            return findings.filter { reportingOn?.contains($0.location.file) ?? true }.sorted()
        }
        return lint(Diagnoser(catalog: catalog), files: files, reportingOn: reportingOn)
    }

    /// Checks the catalog of `diagnoser`, loaded from `files` (read again for the fragments' own text).
    public func lint(
        _ diagnoser: Diagnoser, files: [CatalogFile], reportingOn: Set<String>? = nil
    ) -> [CatalogLintFinding] {
        let catalog = diagnoser.catalog
        let probes = Self.probes(diagnoser)
        var findings: [CatalogLintFinding] = []
        let fired = catalog.rules.map { rule in Set(probes.indices.filter { Self.fires(rule, on: probes[$0]) }) }
        findings += breadth(catalog, fired: fired, probeCount: probes.count)
        findings += specificity(diagnoser)
        findings += overlaps(catalog, fired: fired)
        findings += unusedFragments(catalog, files: files)
        findings += unreached(catalog)
        findings += unsourcedDifferences(catalog)
        findings += speed(catalog, probes: probes)
        findings += endings(diagnoser)
        findings += alwaysRun(catalog)
        findings += headerReaders(diagnoser)
        return findings.filter { reportingOn?.contains($0.location.file) ?? true }.sorted()
    }

    // MARK: Probes

    /// An example observation and its canonical string.
    struct Probe {
        var observation: Observation
        package var canonical: String
    }

    /// Every readable example observation of the catalog, in catalog order, without duplicates.
    static func probes(_ diagnoser: Diagnoser) -> [Probe] {
        var seen: Set<String> = []
        var probes: [Probe] = []
        for rule in diagnoser.catalog.rules {
            for example in rule.matchExamples + rule.noMatchExamples {
                guard let observation = try? diagnoser.read(example.text, device: example.device) else { continue }
                let canonical = observation.canonical
                if seen.insert(canonical).inserted {
                    probes.append(Probe(observation: observation, canonical: canonical))
                }
            }
        }
        return probes
    }

    /// Whether `rule` passes its filters and matches the probe.
    static func fires(_ rule: Rule, on probe: Probe) -> Bool {
        if let devices = rule.devices, let device = probe.observation.device, !devices.contains(device) { return false }
        guard rule.requiredContexts.isSubset(of: probe.observation.contexts),
            rule.excludedContexts.isDisjoint(with: probe.observation.contexts)
        else { return false }
        return (try? rule.compiled.matches(probe.canonical)) ?? false
    }

    // MARK: Checks

    /// Rules the prefilter cannot file under any literal: PCRE2 runs them on every observation.
    private func alwaysRun(_ catalog: Catalog) -> [CatalogLintFinding] {
        catalog.rules.compactMap { rule in
            guard RequiredLiterals(pattern: rule.resolvedPattern) == .always else { return nil }
            return CatalogLintFinding(
                "rule \"\(rule.id)\" requires no literal of at least \(RequiredLiterals.minimumLength) characters that "
                    + "the prefilter can find (none outside optional parts, classes, negative lookaheads and "
                    + "case-insensitive or extended mode), so it runs on every observation; name the events it needs "
                    + "(e.g. red:blink) outside them", at: rule.location, check: .alwaysRun)
        }
    }

    /// Rules that match an example but not the same example ending in darkness (`… none:off:…`), unless
    /// they say `ending: matters`.
    private func endings(_ diagnoser: Diagnoser) -> [CatalogLintFinding] {
        var findings: [CatalogLintFinding] = []
        for rule in diagnoser.catalog.rules where !rule.endingMatters {
            for example in rule.matchExamples {
                guard var observation = try? diagnoser.read(example.text, device: example.device),
                    observation.steps.last?.events.allSatisfy({ $0.kind == .off }) == false,
                    Self.fires(rule, on: Probe(observation: observation, canonical: observation.canonical))
                else { continue }
                observation.steps.append(EventStep([LEDEvent(colors: [], kind: .off)]))
                let ended = observation.canonical
                guard !Self.fires(rule, on: Probe(observation: observation, canonical: ended)) else { continue }
                findings.append(
                    CatalogLintFinding(
                        "rule \"\(rule.id)\" matches \"\(example.text)\" but not the same ending in darkness "
                            + "(\(ended)); end its pattern with {{end}}, or say `ending: matters` when what follows "
                            + "changes the meaning",
                        at: rule.location, check: .ending))
                break
            }
        }
        return findings
    }

    private func breadth(_ catalog: Catalog, fired: [Set<Int>], probeCount: Int) -> [CatalogLintFinding] {
        guard probeCount >= 8 else { return [] }
        var findings: [CatalogLintFinding] = []
        for (index, rule) in catalog.rules.enumerated() {
            let share = Double(fired[index].count) / Double(probeCount)
            guard share >= broadShare else { continue }
            findings.append(
                CatalogLintFinding(
                    "rule \"\(rule.id)\" fires on \(fired[index].count) of the catalog's \(probeCount) example "
                        + "observations "
                        + "(\(Int((share * 100).rounded()))%): it is evidence for almost anything; narrow its "
                        + "pattern, devices or contexts",
                    at: rule.location, check: .broad))
        }
        return findings
    }

    private func specificity(_ diagnoser: Diagnoser) -> [CatalogLintFinding] {
        var findings: [CatalogLintFinding] = []
        for rule in diagnoser.catalog.rules where !rule.matchExamples.isEmpty {
            var best: Double?
            for example in rule.matchExamples {
                guard let observation = try? diagnoser.read(example.text, device: example.device) else { continue }
                let canonical = observation.canonical
                guard let match = try? rule.compiled.firstMatch(in: canonical) else { continue }
                let start = CanonicalTokens.eventStart(of: canonical)
                let events = canonical.utf8.count - start
                guard events > 0 else { continue }
                let covered =
                    Double(max(0, match.range.upperBound - max(match.range.lowerBound, start))) / Double(events)
                best = max(best ?? 0, covered)
            }
            guard let best, best < minimumCoverage else { continue }
            findings.append(
                CatalogLintFinding(
                    "rule \"\(rule.id)\" covers at most \(Int((best * 100).rounded()))% of the events of its own "
                        + "match examples, "
                        + "so its specificity factor stays below "
                        + "\(ExplanationTextRenderer.number(0.6 + 0.4 * minimumCoverage)); "
                        + "let the pattern run to the end of the events it explains (end a token with [^ ]*)",
                    at: rule.location, check: .unspecific))
        }
        return findings
    }

    private func overlaps(_ catalog: Catalog, fired: [Set<Int>]) -> [CatalogLintFinding] {
        var findings: [CatalogLintFinding] = []
        var firstWithSet: [Set<Int>: Int] = [:]
        for (index, rule) in catalog.rules.enumerated() where fired[index].count >= 2 {
            guard let earlier = firstWithSet[fired[index]] else {
                firstWithSet[fired[index]] = index
                continue
            }
            let other = catalog.rules[earlier]
            var message =
                "rule \"\(rule.id)\" fires on exactly the same \(fired[index].count) example observations as rule "
                + "\"\(other.id)\" "
                + "(\(other.location)): no example tells them apart"
            if other.cause == rule.cause {
                message += "; both point at \"\(rule.cause)\", so noisy-OR counts one piece of evidence twice"
            } else {
                message += "; add an example where only one of them should fire"
            }
            findings.append(CatalogLintFinding(message, at: rule.location, check: .overlap))
        }
        return findings
    }

    private func unusedFragments(_ catalog: Catalog, files: [CatalogFile]) -> [CatalogLintFinding] {
        var bodies: [String: String] = [:]
        for file in files {
            guard let node = try? Yams.compose(yaml: file.text), case .mapping(let sections) = node,
                let fragments = sections["fragments"], case .mapping(let mapping) = fragments
            else { continue }
            for (key, value) in mapping {
                if let name = key.string, let body = value.string { bodies[name] = body }
            }
        }
        var used: Set<String> = []
        var pending = catalog.rules.flatMap { FragmentResolver.references(in: $0.pattern) }
        while let name = pending.popLast() {
            guard used.insert(name).inserted else { continue }
            pending += FragmentResolver.references(in: bodies[name] ?? "")
        }
        return catalog.fragmentLocations.keys.sorted().compactMap { name in
            guard !used.contains(name), let location = catalog.fragmentLocations[name] else { return nil }
            return CatalogLintFinding(
                "fragment \"\(name)\" is not used by any rule", at: location, check: .unusedFragment)
        }
    }

    private func unreached(_ catalog: Catalog) -> [CatalogLintFinding] {
        let reachedCauses = Set(catalog.rules.map(\.cause))
        let usedFixes = Set(catalog.causes.flatMap { $0.fixes.map(\.fix) })
        var findings: [CatalogLintFinding] = []
        for cause in catalog.causes where !reachedCauses.contains(cause.id) {
            findings.append(
                CatalogLintFinding(
                    "cause \"\(cause.id)\" is not reached by any rule: no LED behaviour leads to it",
                    at: cause.location, check: .unreachedCause))
        }
        for fix in catalog.fixes where !usedFixes.contains(fix.id) {
            findings.append(
                CatalogLintFinding("fix \"\(fix.id)\" is not named by any cause", at: fix.location, check: .unusedFix))
        }
        return findings
    }
}
