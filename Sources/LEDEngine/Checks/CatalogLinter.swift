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
    public init(timeBudget: Double = 0.002, broadShare: Double = 0.5, minimumCoverage: Double = 0.5, growthFactor: Double = 30) {
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
            let findings = error.problems.map { CatalogLintFinding($0.message, at: $0.location, severity: .error, check: .invalid) }
            return findings.filter { reportingOn?.contains($0.location.file) ?? true }.sorted()
        }
        return lint(Diagnoser(catalog: catalog), files: files, reportingOn: reportingOn)
    }

    /// Checks the catalog of `diagnoser`, loaded from `files` (read again for the fragments' own text).
    public func lint(_ diagnoser: Diagnoser, files: [CatalogFile], reportingOn: Set<String>? = nil) -> [CatalogLintFinding] {
        let catalog = diagnoser.catalog
        let probes = Self.probes(diagnoser)
        var findings: [CatalogLintFinding] = []
        let fired = catalog.rules.map { rule in Set(probes.indices.filter { Self.fires(rule, on: probes[$0]) }) }
        findings += breadth(catalog, fired: fired, probeCount: probes.count)
        findings += specificity(diagnoser)
        findings += overlaps(catalog, fired: fired)
        findings += unusedFragments(catalog, files: files)
        findings += unreached(catalog)
        findings += speed(catalog, probes: probes)
        findings += endings(diagnoser)
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
                if seen.insert(canonical).inserted { probes.append(Probe(observation: observation, canonical: canonical)) }
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
                findings.append(CatalogLintFinding(
                    "rule \"\(rule.id)\" matches \"\(example.text)\" but not the same ending in darkness (\(ended)); end its pattern with {{end}}, or say `ending: matters` when what follows changes the meaning",
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
            findings.append(CatalogLintFinding(
                "rule \"\(rule.id)\" fires on \(fired[index].count) of the catalog's \(probeCount) example observations "
                    + "(\(Int((share * 100).rounded()))%): it is evidence for almost anything; narrow its pattern, devices or contexts",
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
                let covered = Double(max(0, match.range.upperBound - max(match.range.lowerBound, start))) / Double(events)
                best = max(best ?? 0, covered)
            }
            guard let best, best < minimumCoverage else { continue }
            findings.append(CatalogLintFinding(
                "rule \"\(rule.id)\" covers at most \(Int((best * 100).rounded()))% of the events of its own match examples, "
                    + "so its specificity factor stays below \(ExplanationTextRenderer.number(0.6 + 0.4 * minimumCoverage)); "
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
            var message = "rule \"\(rule.id)\" fires on exactly the same \(fired[index].count) example observations as rule \"\(other.id)\" "
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
            return CatalogLintFinding("fragment \"\(name)\" is not used by any rule", at: location, check: .unusedFragment)
        }
    }

    private func unreached(_ catalog: Catalog) -> [CatalogLintFinding] {
        let reachedCauses = Set(catalog.rules.map(\.cause))
        let usedFixes = Set(catalog.causes.flatMap { $0.fixes.map(\.fix) })
        var findings: [CatalogLintFinding] = []
        for cause in catalog.causes where !reachedCauses.contains(cause.id) {
            findings.append(CatalogLintFinding(
                "cause \"\(cause.id)\" is not reached by any rule: no LED behaviour leads to it", at: cause.location, check: .unreachedCause))
        }
        for fix in catalog.fixes where !usedFixes.contains(fix.id) {
            findings.append(CatalogLintFinding("fix \"\(fix.id)\" is not named by any cause", at: fix.location, check: .unusedFix))
        }
        return findings
    }

    private func speed(_ catalog: Catalog, probes: [Probe]) -> [CatalogLintFinding] {
        let subjects = probes.map(\.canonical) + Self.stressSubjects + Self.growthSubjects.dropFirst().map(\.long)
        var findings: [CatalogLintFinding] = []
        for rule in catalog.rules {
            var slowest: (seconds: Double, subject: String)?
            var tripped: (error: PCRE2Error, subject: String)?
            for subject in subjects {
                let timing = time(rule, on: subject)
                if let error = timing.error {
                    if tripped == nil { tripped = (error, subject) }
                } else if timing.seconds > timeBudget, timing.seconds > slowest?.seconds ?? 0 {
                    slowest = (timing.seconds, subject)
                }
            }
            if let tripped {
                findings.append(CatalogLintFinding(
                    "rule \"\(rule.id)\": \(tripped.error) on \(Self.abbreviated(tripped.subject)); the rule would be skipped there",
                    at: rule.location, check: .limit))
            }
            if let slowest {
                findings.append(CatalogLintFinding(
                    "rule \"\(rule.id)\" takes \(Self.milliseconds(slowest.seconds)) on \(Self.abbreviated(slowest.subject)), "
                        + "over the budget of \(Self.milliseconds(timeBudget)) per match; look for nested quantifiers",
                    at: rule.location, check: .slow))
            }
            if let growth = growth(of: rule) {
                findings.append(CatalogLintFinding(
                    "rule \"\(rule.id)\" takes \(Self.milliseconds(growth.long)) on \(Self.growthSteps.long) steps of \(growth.shape) "
                        + "but \(Self.milliseconds(growth.short)) on \(Self.growthSteps.short): its time grows \(Int(growth.long / growth.short)) times "
                        + "for 10 times the events, so a long rig episode takes seconds without tripping a limit; "
                        + "anchor it (^) and commit to the first candidate event with an atomic group instead of rescanning from every position",
                    at: rule.location, check: .growth))
            }
        }
        return findings
    }

    /// The fastest of up to three matches of `rule` on `subject` (fewer when the first is clearly
    /// within the budget or far over it), or the limit error the first one tripped.
    private func time(_ rule: Rule, on subject: String, runs: Int = 3) -> (seconds: Double, error: PCRE2Error?) {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<runs {
            let start = clock.now
            do {
                _ = try rule.compiled.firstMatch(in: subject)
            } catch {
                return (Self.seconds(clock.now - start), error)
            }
            best = min(best, Self.seconds(clock.now - start))
            if best <= timeBudget / 4 || best > 20 * timeBudget { break }
        }
        return (best, nil)
    }

    /// The steepest growth of `rule`'s time from the short to the long synthetic log of one shape,
    /// when it exceeds ``growthFactor`` (confirmed by timing again) and the long one is not too quick
    /// to tell (a quarter of the budget).
    private func growth(of rule: Rule) -> (shape: String, short: Double, long: Double)? {
        var steepest: (shape: String, short: Double, long: Double)?
        for shape in Self.growthSubjects {
            var long = time(rule, on: shape.long, runs: 1).seconds
            guard long > timeBudget / 4 else { continue }
            let short = max(time(rule, on: shape.short).seconds, 1e-7)
            guard long > growthFactor * short else { continue }
            // A busy machine can stretch one run: the long subject gets two more before it counts.
            if long <= 20 * timeBudget { long = min(long, time(rule, on: shape.long, runs: 2).seconds) }
            guard long > growthFactor * short, long / short > (steepest.map { $0.long / $0.short } ?? 0) else { continue }
            steepest = (shape.name, short, long)
        }
        return steepest
    }

    // MARK: Helpers

    /// The number of steps of the short and the long synthetic logs of the growth check.
    static let growthSteps = (short: 200, long: 2_000)

    /// Long observations a rig's log can produce: 2 000 steps of blinks, solids and concurrent
    /// events, and 60 of them with contexts.
    static let stressSubjects: [String] = {
        let steps = stressSteps(2_000)
        return [
            Observation(steps: steps).canonical,
            Observation(device: "mini", contexts: [.afterReset, .setup], steps: Array(steps.prefix(60))).canonical,
        ]
    }()

    /// The synthetic logs of the growth check, each at ``growthSteps`` short and long: the mixed one
    /// above, and a light that shows one colour only (blinking and lit by turns) — where a rule
    /// waiting for another colour after this one keeps looking.
    static let growthSubjects: [(name: String, short: String, long: String)] = {
        var subjects: [(name: String, short: String, long: String)] = [
            ("the mixed synthetic log", Observation(steps: stressSteps(growthSteps.short)).canonical, stressSubjects[0]),
        ]
        for color in [LEDColor.red, .blue, .green] {
            subjects.append((
                "\(color.rawValue) events only", Observation(steps: oneColorSteps(color, growthSteps.short)).canonical,
                Observation(steps: oneColorSteps(color, growthSteps.long)).canonical))
        }
        return subjects
    }()

    /// `count` steps of blinks, solids, concurrent events and alternations in three colours.
    static func stressSteps(_ count: Int) -> [EventStep] {
        let colors: [LEDColor] = [.red, .blue, .green]
        var steps: [EventStep] = []
        steps.reserveCapacity(count)
        for index in 0..<count {
            let color = colors[index % colors.count]
            switch index % 4 {
            case 0:
                steps.append(EventStep(LEDEvent(
                    colors: [color], kind: .blink, count: .exactly(5 + index % 40), speed: .medium,
                    duration: EventDuration(seconds: 12.5 + Double(index)), timing: PulseTiming(on: 0.45, off: 0.45))))
            case 1:
                steps.append(EventStep(LEDEvent(colors: [color], kind: .solid, duration: EventDuration(seconds: 3 + Double(index % 7)))))
            case 2:
                steps.append(EventStep([
                    LEDEvent(colors: [.blue], kind: .blink, speed: .slow), LEDEvent(colors: [.green], kind: .solid),
                ]))
            default:
                steps.append(EventStep(LEDEvent(colors: [.blue, .red], kind: .alternating, count: .between(4, 6))))
            }
        }
        return steps
    }

    /// `count` steps of one colour, blinking a few times and lit for a few seconds by turns.
    static func oneColorSteps(_ color: LEDColor, _ count: Int) -> [EventStep] {
        (0..<count).map { (index: Int) -> EventStep in
            if index % 2 == 0 {
                let blink = LEDEvent(
                    colors: [color], kind: .blink, count: .exactly(3 + index % 5), speed: .fast, duration: EventDuration(seconds: 1.5),
                    timing: PulseTiming(on: 0.2, off: 0.25))
                return EventStep(blink)
            }
            let seconds = Double(2 + index % 3)
            return EventStep(LEDEvent(colors: [color], kind: .solid, duration: EventDuration(seconds: seconds)))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static func milliseconds(_ seconds: Double) -> String {
        ExplanationTextRenderer.number((seconds * 1000 * 100).rounded() / 100) + " ms"
    }

    private static func abbreviated(_ subject: String) -> String {
        subject.count <= 60 ? "\"\(subject)\"" : "\"\(subject.prefix(57))…\" (\(subject.utf8.count) bytes)"
    }
}
