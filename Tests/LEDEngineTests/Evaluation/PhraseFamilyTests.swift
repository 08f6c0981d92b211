import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// One labelled table of the project's own (`Tests/Fixtures/Accuracy/`) and the rows it must
/// keep reading right.
struct LabelledTable: Sendable, CustomTestStringConvertible {
    /// The file, relative to `Accuracy/`.
    var file: String
    /// Rows whose top cause must stay right, and rows whose facts must.
    var top1Floor: Int
    var factsFloor: Int
    var testDescription: String { file }
}

/// Phrase families in many voices, beyond the development corpus: each file under `Accuracy/families/`
/// holds 22 or more new phrasings of one family (long polite messages, technician notes, non-native
/// grammar, slang with typos, second-hand reports, timelines, app messages, before/after changes), and
/// `voices-tuning.tsv` the voices themselves. The floors are a ratchet, set to what the reading measured
/// when they were written; they only go up.
///
/// `voices-held-out.tsv` and the `voices-*-held-out.tsv` of the later batches are set aside:
/// nobody reads their misses while tuning the reader. Their floors only guard against a change that
/// loses what the reading generalised to. The `voices-fresh-*` pair was written later by other hands
/// (90 rows, 2026-12-03), labelled from the sources alone: on the code of that day they read 47/60 and
/// 24/30 on top-1 (facts 36/60, 19/30); the `voices-batch2-*` pair, wider still, read 55/80 and 25/30
/// (facts 35/80, 15/30) when it came; the `voices-batch3-*` stress pair (corrections, lists, odd units,
/// two devices in one message) 51/70 and 28/30 (facts 22/70, 13/30); `voices-batch4-tuning.tsv` (80 rows
/// in the eight voices, no held-out part) 65/80 (facts 45/80); the `voices-batch5-*` pair (120 rows,
/// 2026-12-03, written from the sources by a session that did not read the reader, with corrections,
/// ranges, clock lengths, lists, shades and two devices) 71/80 and 34/40 (facts 58/80, 26/40) when it came;
/// the `voices-batch6-*` pair (120 rows, 2026-12-03, written from the sources by a session that did not
/// read the reader: indirect counts, fractional lengths, two colours with lengths of their own, things
/// not yet seen, corrections, two days, on/off timings) 68/80 and 31/40 (facts 37/80, 19/40) when it came;
/// the `voices-batch7-*` pair (120 rows, 2026-12-04, the eight voices again, written from the sources by a
/// session that did not read the reader) 68/80 and 37/40 (facts 50/80, 28/40) when it came;
/// `voices-reading8-tuning.tsv` (52 rows, 2026-12-04, no held-out part: stated counts over vague words,
/// halves, on/off times, ages, "two days ago" and "before …; since …", typos, "keeps" with a count, clock
/// times) 40/52 (facts 19/52) when it came, and 50/52 (facts 45/52) after the reading it asked for;
/// the `voices-batch9-*` pair (120 rows, 2026-12-04, the eight voices, 15 each, split by a seeded shuffle,
/// written from the sources by a session that did not read the reader) 73/80 and 36/40 (facts 62/80,
/// 29/40) when it came. Round 9 (2026-12-04: movers outside "when", outages told in the past, quoted app
/// words, device names inside situations, "I said …" corrections, "then" between colours taking turns, two
/// devices in one message, colours that never came on, mixed-language words) raised the tuning floors to
/// what it read; the held-out ones were measured, not read.
/// The `voices-batch10-*` pair (120 rows, 2026-12-04, the eight voices, 15 each, split by a seeded shuffle,
/// written from the sources by a session that did not read the reader: chat exchanges, clock times, ages
/// and phone numbers, two devices in one message, before/after) read 77/80 and 36/40 (facts 57/80, 25/40)
/// when it came.
/// The `voices-batch11-*` pair (120 rows, 2026-12-05, the eight voices, written from the sources by a
/// session that did not read the reader) read 60/80 and 33/40 (facts 46/80, 24/40) when it came, and the
/// `voices-batch12-*` pair (120 rows, 2026-12-05: chat corrections, shades, rhythm words, vague lengths)
/// 66/80 and 35/40 (facts 51/80, 22/40); the `voices-batch13-*` pair (120 rows, 2026-12-05, the eight voices,
/// 10 + 5 each by a seeded shuffle, written from the sources by a session that did not read the reader or run
/// it) 70/80 and 33/40 (facts 51/80, 24/40); the `voices-batch14-*` pair (120 rows, 2026-12-05, the eight voices,
/// a support-traffic mix of causes, the light told once amid other detail, split by voice and cause) 72/80
/// and 37/40 (facts 55/80, 31/40) when it came — the held-out part 37/40 (facts 30/40) on the code of that
/// morning.
/// The `voices-batch16-*` pair (168 rows, 2026-12-05, the eight voices, 14 + 7 each by a seeded shuffle,
/// written from the sources by a session that neither read nor ran the reader) read 100/112 and 53/56
/// (facts 81/112, 41/56) when it came. The `voices-batch17-*` pair (168 rows, 2026-12-05, the same voices and
/// split, seed 17, by another such session) read 108/112 and 52/56 (facts 92/112, 42/56) when it came. The
/// `voices-batch18-*` pair (168 rows, 2026-12-05, the same voices and split, seed 18, by another such session)
/// read 108/112 and 54/56 (facts 95/112, 46/56) when it came. The `voices-batch19-*` pair (168 rows, 2026-12-06,
/// the same voices and split, seed 19, by another such session) read 102/112 and 51/56 (facts 96/112, 48/56)
/// when it came (the code of the session's start read 101/112 and 51/56, facts 96/112 and 47/56). The
/// `voices-batch20-*` pair (168 rows, 2026-12-06, the same voices and split, seed 20, by another such session)
/// read 107/112 and 53/56 (facts 93/112, 41/56) when it came. The facts floors of batches 3, 4, 9 and 10 (tuning)
/// were lowered by 1–2 that day: a light told after letting go of the held reset button now reads after-reset
/// as well as holding-reset, as batches 5, 7, 16 and 20 label it; those four label it holding only. The
/// `voices-batch21-*` pair (168 rows, 2026-12-06, the same voices and split, seed 21, by another such session)
/// read 108/112 and 53/56 (facts 94/112, 45/56) when it came. The `voices-batch22-*` pair (168 rows, 2026-12-06,
/// the same voices and split, seed 22, by another such session) read 107/112 and 51/56 (facts 96/112, 49/56) when
/// it came. The `voices-batch23-*` pair (168 rows, 2026-12-06, the same voices and split, seed 23, by another such
/// session) read 110/112 and 56/56 (facts 98/112, 51/56) when it came. The `voices-batch24-*` pair (168 rows,
/// 2026-12-06, seed 24, by another such session, in eight other voices: forum posts, field notes, learners, speech
/// typed by dictation, relayed and hedged reports, written timelines, quoted app messages, self-corrections) read
/// 98/112 and 51/56 (facts 76/112, 34/56) when it came. The `voices-batch25-*` pair (168 rows, 2026-12-06, seed 25,
/// by another such session; voices: support e-mails, installers' job notes, learners, phone texts, relayed reports,
/// clock logs, quoted app screens, before/after changes) read 105/112 and 55/56 (facts 90/112, 50/56) when it came.
/// The `voices-batch26-*` pair (168 rows, 2026-12-06, seed 26, by another such session; voices: rambling messages,
/// two-to-six-word fragments, learners, slang, support agents' notes, relative timelines, questions, negations) read
/// 110/112 and 51/56 (facts 90/112, 42/56) when it came.
@Suite struct PhraseFamilyTests {
    static let directory = TestPaths.accuracy

    static let tables: [LabelledTable] = [
        LabelledTable(file: "voices-tuning.tsv", top1Floor: 170, factsFloor: 169),
        LabelledTable(file: "voices-held-out.tsv", top1Floor: 121, factsFloor: 116),
        LabelledTable(file: "voices-fresh-tuning.tsv", top1Floor: 60, factsFloor: 60),
        LabelledTable(file: "voices-fresh-held-out.tsv", top1Floor: 27, factsFloor: 23),
        LabelledTable(file: "voices-batch2-tuning.tsv", top1Floor: 80, factsFloor: 76),
        LabelledTable(file: "voices-batch2-held-out.tsv", top1Floor: 28, factsFloor: 23),
        LabelledTable(file: "voices-batch3-tuning.tsv", top1Floor: 69, factsFloor: 56),
        LabelledTable(file: "voices-batch3-held-out.tsv", top1Floor: 28, factsFloor: 23),
        LabelledTable(file: "voices-batch4-tuning.tsv", top1Floor: 79, factsFloor: 74),
        LabelledTable(file: "voices-batch5-tuning.tsv", top1Floor: 80, factsFloor: 78),
        LabelledTable(file: "voices-batch5-held-out.tsv", top1Floor: 37, factsFloor: 33),
        LabelledTable(file: "voices-batch6-tuning.tsv", top1Floor: 80, factsFloor: 76),
        LabelledTable(file: "voices-batch6-held-out.tsv", top1Floor: 33, factsFloor: 27),
        LabelledTable(file: "voices-batch7-tuning.tsv", top1Floor: 80, factsFloor: 72),
        // 32 → 30 (2026-12-06): "status LED red solid since commissioning" now reads the setup context, as "since
        // setup" always did; the row labels none. "commissioning" is setup in installers' notes (batches 15–17).
        // And "since I added it in the app" is a setup done, not going on (batch26 labels it so); batch7 labels it
        // setup (here and in the tuning half, whose facts floor goes 73 → 72).
        LabelledTable(file: "voices-batch7-held-out.tsv", top1Floor: 39, factsFloor: 30),
        LabelledTable(file: "voices-reading8-tuning.tsv", top1Floor: 51, factsFloor: 49),
        LabelledTable(file: "voices-batch9-tuning.tsv", top1Floor: 80, factsFloor: 78),
        LabelledTable(file: "voices-batch9-held-out.tsv", top1Floor: 37, factsFloor: 32),
        LabelledTable(file: "voices-batch10-tuning.tsv", top1Floor: 80, factsFloor: 72),
        LabelledTable(file: "voices-batch10-held-out.tsv", top1Floor: 36, factsFloor: 31),
        LabelledTable(file: "voices-batch11-tuning.tsv", top1Floor: 79, factsFloor: 71),
        LabelledTable(file: "voices-batch11-held-out.tsv", top1Floor: 36, factsFloor: 28),
        LabelledTable(file: "voices-batch12-tuning.tsv", top1Floor: 75, factsFloor: 72),
        LabelledTable(file: "voices-batch12-held-out.tsv", top1Floor: 36, factsFloor: 30),
        LabelledTable(file: "voices-batch13-tuning.tsv", top1Floor: 80, factsFloor: 73),
        LabelledTable(file: "voices-batch13-held-out.tsv", top1Floor: 37, factsFloor: 31),
        LabelledTable(file: "voices-batch14-tuning.tsv", top1Floor: 79, factsFloor: 75),
        LabelledTable(file: "voices-batch14-held-out.tsv", top1Floor: 38, factsFloor: 33),
        LabelledTable(file: "voices-batch15-tuning.tsv", top1Floor: 96, factsFloor: 90),
        LabelledTable(file: "voices-batch15-held-out.tsv", top1Floor: 42, factsFloor: 32),
        LabelledTable(file: "voices-batch16-tuning.tsv", top1Floor: 111, factsFloor: 101),
        LabelledTable(file: "voices-batch16-held-out.tsv", top1Floor: 54, factsFloor: 49),
        LabelledTable(file: "voices-batch17-tuning.tsv", top1Floor: 111, factsFloor: 101),
        LabelledTable(file: "voices-batch17-held-out.tsv", top1Floor: 52, factsFloor: 43),
        LabelledTable(file: "voices-batch18-tuning.tsv", top1Floor: 112, factsFloor: 107),
        LabelledTable(file: "voices-batch18-held-out.tsv", top1Floor: 55, factsFloor: 48),
        LabelledTable(file: "voices-batch19-tuning.tsv", top1Floor: 109, factsFloor: 107),
        LabelledTable(file: "voices-batch19-held-out.tsv", top1Floor: 52, factsFloor: 48),
        LabelledTable(file: "voices-batch20-tuning.tsv", top1Floor: 112, factsFloor: 104),
        LabelledTable(file: "voices-batch20-held-out.tsv", top1Floor: 53, factsFloor: 42),
        LabelledTable(file: "voices-batch21-tuning.tsv", top1Floor: 110, factsFloor: 100),
        LabelledTable(file: "voices-batch21-held-out.tsv", top1Floor: 56, factsFloor: 47),
        LabelledTable(file: "voices-batch22-tuning.tsv", top1Floor: 112, factsFloor: 102),
        LabelledTable(file: "voices-batch22-held-out.tsv", top1Floor: 53, factsFloor: 49),
        LabelledTable(file: "voices-batch23-tuning.tsv", top1Floor: 112, factsFloor: 102),
        LabelledTable(file: "voices-batch23-held-out.tsv", top1Floor: 56, factsFloor: 51),
        LabelledTable(file: "voices-batch24-tuning.tsv", top1Floor: 112, factsFloor: 92),
        LabelledTable(file: "voices-batch24-held-out.tsv", top1Floor: 53, factsFloor: 37),
        LabelledTable(file: "voices-batch25-tuning.tsv", top1Floor: 110, factsFloor: 97),
        LabelledTable(file: "voices-batch25-held-out.tsv", top1Floor: 55, factsFloor: 52),
        LabelledTable(file: "voices-batch26-tuning.tsv", top1Floor: 112, factsFloor: 95),
        LabelledTable(file: "voices-batch26-held-out.tsv", top1Floor: 51, factsFloor: 42),
        LabelledTable(file: "families/alternation-by-repetition.tsv", top1Floor: 25, factsFloor: 24),
        LabelledTable(file: "families/approximate-count.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/comma-concurrency.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/constant-solid.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-app-offline.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-internet-restored.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-motion.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-network-change.tsv", top1Floor: 25, factsFloor: 24),
        LabelledTable(file: "families/context-new-batteries.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-pairing.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-power-cycle.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-recording.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/context-reset.tsv", top1Floor: 26, factsFloor: 26),
        LabelledTable(file: "families/context-setup.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/continuous-blinking.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/count-adjective-order.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/count-adverb-after.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/count-by-repetition.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/device-matters.tsv", top1Floor: 30, factsFloor: 30),
        LabelledTable(file: "families/duration.tsv", top1Floor: 27, factsFloor: 27),
        LabelledTable(file: "families/hedged.tsv", top1Floor: 26, factsFloor: 26),
        LabelledTable(file: "families/informal.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/negation.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/not-led.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/nothing-happens.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/number-word.tsv", top1Floor: 27, factsFloor: 27),
        LabelledTable(file: "families/period-every-n-seconds.tsv", top1Floor: 26, factsFloor: 26),
        LabelledTable(file: "families/plain.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/sequence-connector.tsv", top1Floor: 26, factsFloor: 24),
        LabelledTable(file: "families/stuck-solid.tsv", top1Floor: 24, factsFloor: 24),
        LabelledTable(file: "families/two-led-device.tsv", top1Floor: 25, factsFloor: 24),
        LabelledTable(file: "families/typo.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/unknown-colour.tsv", top1Floor: 25, factsFloor: 25),
        LabelledTable(file: "families/vocabulary.tsv", top1Floor: 24, factsFloor: 24),
    ]

    static let diagnoser = Result { try Diagnoser.builtin() }

    @Test(arguments: tables)
    func tableKeepsItsFloor(_ table: LabelledTable) throws {
        let url = Self.directory.appendingPathComponent(table.file)
        let rows = try LabelledObservationReader.read(try String(contentsOf: url, encoding: .utf8), file: table.file)
        #expect(rows.count >= 22, "a phrase family has at least 22 phrasings")
        let report = Evaluation(diagnoser: try Self.diagnoser.get()).run(rows)
        let measured = "top-1 \(report.top1)/\(report.rows), facts \(report.facts)/\(report.factsRows)"
        #expect(report.top1 >= table.top1Floor, "\(table.file): top-1 fell below \(table.top1Floor): \(measured)")
        #expect(report.facts >= table.factsFloor, "\(table.file): facts fell below \(table.factsFloor): \(measured)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    @Test func everyFamilyFileIsInTheTable() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Self.directory.appendingPathComponent("families").path
        )
        .filter { $0.hasSuffix(".tsv") }.map { "families/\($0)" }
        #expect(
            Set(files).isSubset(of: Set(Self.tables.map(\.file))), "\(Set(files).subtracting(Self.tables.map(\.file)))")
    }
}
