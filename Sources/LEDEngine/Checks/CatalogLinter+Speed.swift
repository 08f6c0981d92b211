import LEDCore
import PCRE2
import Yams

/// The linter's speed checks: each rule timed on the probes, on a long stress episode, and on growing
/// episodes (a rule whose time grows far faster than its subject backtracks).
extension CatalogLinter {
    func speed(_ catalog: Catalog, probes: [Probe]) -> [CatalogLintFinding] {
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
                findings.append(
                    CatalogLintFinding(
                        "rule \"\(rule.id)\": \(tripped.error) on \(Self.abbreviated(tripped.subject)); the rule "
                            + "would be skipped there",
                        at: rule.location, check: .limit))
            }
            if let slowest {
                findings.append(
                    CatalogLintFinding(
                        "rule \"\(rule.id)\" takes \(Self.milliseconds(slowest.seconds)) on "
                            + "\(Self.abbreviated(slowest.subject)), "
                            + "over the budget of \(Self.milliseconds(timeBudget)) per match; look for nested "
                            + "quantifiers",
                        at: rule.location, check: .slow))
            }
            if let growth = growth(of: rule) {
                findings.append(
                    CatalogLintFinding(
                        "rule \"\(rule.id)\" takes \(Self.milliseconds(growth.long)) on \(Self.growthSteps.long) "
                            + "steps of \(growth.shape) "
                            + "but \(Self.milliseconds(growth.short)) on \(Self.growthSteps.short): its time grows "
                            + "\(Int(growth.long / growth.short)) times "
                            + "for 10 times the events, so a long rig episode takes seconds without tripping a limit; "
                            + "anchor it (^) and commit to the first candidate event with an atomic group instead of "
                            + "rescanning from every position",
                        at: rule.location, check: .growth))
            }
        }
        return findings
    }

    /// The fastest of up to three matches of `rule` on `subject` (fewer when the first is clearly
    /// within the budget or far over it), or the limit error the first one tripped.
    func time(_ rule: Rule, on subject: String, runs: Int = 3) -> (seconds: Double, error: PCRE2Error?) {
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
    func growth(of rule: Rule) -> (shape: String, short: Double, long: Double)? {
        var steepest: (shape: String, short: Double, long: Double)?
        for shape in Self.growthSubjects {
            var long = time(rule, on: shape.long, runs: 1).seconds
            guard long > timeBudget / 4 else { continue }
            let short = max(time(rule, on: shape.short).seconds, 1e-7)
            guard long > growthFactor * short else { continue }
            // A busy machine can stretch one run: the long subject gets two more before it counts.
            if long <= 20 * timeBudget { long = min(long, time(rule, on: shape.long, runs: 2).seconds) }
            guard long > growthFactor * short, long / short > (steepest.map { $0.long / $0.short } ?? 0) else {
                continue
            }
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
            ("the mixed synthetic log", Observation(steps: stressSteps(growthSteps.short)).canonical, stressSubjects[0])
        ]
        for color in [LEDColor.red, .blue, .green] {
            subjects.append(
                (
                    "\(color.rawValue) events only",
                    Observation(steps: oneColorSteps(color, growthSteps.short)).canonical,
                    Observation(steps: oneColorSteps(color, growthSteps.long)).canonical
                ))
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
                steps.append(
                    EventStep(
                        LEDEvent(
                            colors: [color], kind: .blink, count: .exactly(5 + index % 40), speed: .medium,
                            duration: EventDuration(seconds: 12.5 + Double(index)),
                            timing: PulseTiming(on: 0.45, off: 0.45))))
            case 1:
                steps.append(
                    EventStep(
                        LEDEvent(colors: [color], kind: .solid, duration: EventDuration(seconds: 3 + Double(index % 7)))
                    ))
            case 2:
                steps.append(
                    EventStep([
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
                    colors: [color], kind: .blink, count: .exactly(3 + index % 5), speed: .fast,
                    duration: EventDuration(seconds: 1.5),
                    timing: PulseTiming(on: 0.2, off: 0.25))
                return EventStep(blink)
            }
            let seconds = Double(2 + index % 3)
            return EventStep(LEDEvent(colors: [color], kind: .solid, duration: EventDuration(seconds: seconds)))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    static func milliseconds(_ seconds: Double) -> String {
        ExplanationTextRenderer.number((seconds * 1000 * 100).rounded() / 100) + " ms"
    }

    static func abbreviated(_ subject: String) -> String {
        subject.count <= 60 ? "\"\(subject)\"" : "\"\(subject.prefix(57))…\" (\(subject.utf8.count) bytes)"
    }
}
