import Testing

@testable import LEDBatch

/// The plain reader's shortcut for the common line shape (``BatchDiagnoser.PlainFormat/readCommonLine``) must
/// pack exactly what the general reading packs, and step aside for every other line.
@Suite("Batch: plain-line shortcut")
struct BatchPlainShortcutTests {
    /// A line, whether the shortcut takes it, and (for lines it takes) nothing else: the general
    /// reading is the reference.
    @Test(
        "the shortcut agrees with the general reading",
        arguments: [
            ("2026-11-20T08:00:01.038Z dev-04734 outdoor blue on", true),
            ("2026-11-20T08:00:01.038Z dev-04734 outdoor blue off", true),
            ("2026-11-20T08:00:01.038Z dev-1 red on", true),
            ("2026-11-20T08:00:01.038Z dev-1 RED ON", true),
            ("2026-11-20T08:00:01.038Z dev-1 mini Yellow Off", true),
            ("2026-11-20T08:00:01.038Z dev-1 mini purple on", true),
            ("2026-11-20T08:00:01.038Z dev-1 mini amber on", true),
            ("2026-11-20T08:00:01.038Z dev-1 mini green off", true),
            ("2026-11-20T08:00:01.038Z dev-1 mini white on", true),
            ("2026-11-20t08:00:59.999Z d m red on", true),
            ("2026-11-20T08:00:60.000Z dev-1 red on", true),
            (
                "2026-11-20T08:00:01.038Z a-very-long-device-name-that-goes-on-and-on-for-a-while-0123456789 red on",
                true
            ),
            ("2026-11-20T08:00:01.038Z dev-1 a-very-long-model-name-that-goes-on-and-on-for-a-while red off", true),
            ("2026-11-20T08:00:01.038Z dév-ü mödel red on", true),
            // 24-byte times of another shape: read by the general timestamp reading.
            ("2026-11-20T08:00:01.038z dev-1 red on", true),
            ("2026-11-20T08:00:01,038Z dev-1 red on", true),
            // Other shapes: the general line reading takes them.
            ("2026-11-20T08:00:01.03Z dev-1 mini red on", false),
            ("2026-11-20T08:00:01.0381Z dev-1 red on", false),
            ("2026-11-20T09:00:01.038+01:00 dev-1 red on", false),
            ("2026-11-20T08:00:01Z dev-1 mini red on", false),
            ("2026-11-20 08:00:01.038Z dev-1 mini red on", false),
            ("2026-11-20T08:00:61.038Z dev-1 mini red on", false),
            ("2026-11-20T08:00:0x.038Z dev-1 mini red on", false),
            ("2026-11-20T08:00:01.0:8Z dev-1 mini red on", false),
            ("2026-11-20T08:00:01.038Z  dev-1 red on", false),
            ("2026-11-20T08:00:01.038Z dev-1  red on", false),
            ("2026-11-20T08:00:01.038Z dev-1 red  on", false),
            ("2026-11-20T08:00:01.038Z dev-1\tred on", false),
            ("2026-11-20T08:00:01.038Z dev-1 red\ton", false),
            ("2026-11-20T08:00:01.038Z\tdev-1 red on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini\tred on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini x\tred on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini\t x red on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini orange on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini reds on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini xred on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini red onn", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini red of", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini extra red on", false),
            ("2026-11-20T08:00:01.038Z red on", false),
            ("2026-11-20T08:00:01.038Z dev-1 mini r\u{0}d on", false),
            ("2026-13-20T08:00:01.038Z dev-1 mini red on", false),
            ("2026-11-20T08:00:01.038Z dev on", false),
            ("1795161601.038 dev-1 outdoor blue on", false),
        ])
    func agrees(text: String, taken: Bool) {
        var cache = BatchTimestamp.DayCache()
        let disagreements = Self.compare(Array(text.utf8), taken: taken, cache: &cache)
        #expect(disagreements.isEmpty, "\(text): \(disagreements)")
    }

    @Test(
        """
        20 000 seeded mutations of well-formed lines: whatever the shortcut takes, it reads as the general \
        reading does
        """
    )
    func mutations() {
        let templates = [
            "2026-11-20T08:00:01.038Z dev-04734 outdoor blue on", "2026-11-20T23:59:59.999Z d mini red off",
            "2026-11-20T08:00:01.038Z dev-1 green on", "2026-02-28T08:00:01.000Z cam-7 sync-module-2 white off",
        ].map { Array($0.utf8) }
        let alphabet = Array("0123456789 \t:.-TZzoOnNfF,+abc".utf8) + [0, 0xC3, 0xA9, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var taken = 0
        var failures: [String] = []
        // One cache for the whole run: a minute cached from one line must never leak into another's time.
        var cache = BatchTimestamp.DayCache()
        for _ in 0..<20_000 {
            var bytes = templates[next(templates.count)]
            for _ in 0...next(3) {
                switch next(3) {
                case 0: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
                default: if bytes.count > 1 { bytes.remove(at: next(bytes.count)) }
                }
            }
            let disagreements = Self.compare(bytes, taken: nil, cache: &cache)
            if disagreements.contains("taken") { taken += 1 }
            let problems = disagreements.filter { $0 != "taken" }
            if !problems.isEmpty, failures.count < 5 {
                failures.append("\(String(decoding: bytes, as: UTF8.self)): \(problems)")
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(taken > 2_000, "the mutations hardly reached the shortcut (\(taken))")
    }

    /// Reads `bytes` both ways (the shortcut twice, with `cache` as it comes and then warmed by this
    /// line); returns what disagrees (empty when all agrees), plus "taken" when the shortcut took the
    /// line and `taken` is nil (whether it should is not known then).
    static func compare(_ bytes: [UInt8], taken: Bool?, cache: inout BatchTimestamp.DayCache) -> [String] {
        let capacity = bytes.count + BatchDiagnoser.Chunk.padding
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { base.deallocate() }
        base.initialize(repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { buffer in
            if let source = buffer.baseAddress { base.update(from: source, count: buffer.count) }
        }
        let end = bytes.count
        // The general reading.
        var generalCache = BatchTimestamp.DayCache()
        var fields = BatchDiagnoser.Fields()
        var expected = BatchDiagnoser.Line.empty
        let problem =
            BatchDiagnoser.PlainFormat().read(base, 0, end, into: &fields)
            ?? BatchDiagnoser.ChunkParser.check(&fields, base: base, dayCache: &generalCache, into: &expected)
        // The shortcut, with the cache as it comes, then with this line's minute cached.
        var disagreements: [String] = []
        for pass in ["cold", "cached"] {
            var line = BatchDiagnoser.Line.empty
            let took = BatchDiagnoser.PlainFormat.readCommonLine(base, 0, end, dayCache: &cache, into: &line)
            if let taken, took != taken { disagreements.append("\(pass): taken \(took)") }
            if took {
                if taken == nil, pass == "cold" { disagreements.append("taken") }
                if problem != nil { disagreements.append("\(pass): the general reading rejects it") }
                if describe(line) != describe(expected) {
                    disagreements.append("\(pass): \(describe(line)) vs \(describe(expected))")
                }
            }
        }
        return disagreements
    }

    /// Every field of a line, the time by its bits.
    static func describe(_ line: BatchDiagnoser.Line) -> String {
        "\(line.time.bitPattern) \(line.hash) \(line.nameStart)+\(line.nameCount) "
            + "\(line.modelStart)+\(line.modelCount) "
            + "\(line.timeStart)+\(line.timeCount) \(line.textStart)+\(line.textCount) \(line.color) \(line.isOn) "
            + "\(line.isObservation)"
    }

    @Test("a whole chunk: CRLF, leading blanks, comments and the shortcut's lines side by side")
    func chunk() {
        let text =
            "2026-11-20T08:00:01.038Z dev-1 mini red on\r\n"
            + "  2026-11-20T08:00:01.500Z dev-2 blue on\n"
            + "# comment\n"
            + "2026-11-20T08:00:02Z dev-1 mini red off\n"
            + "2026-11-20T08:01:02.250Z dev-2 blue off\r\n"
            + "2026-11-20T08:01:02.250Z dev-2 blue offf\n"
            + "2026-11-20T08:01:03.000Z dev-3 mini green on"
        let result = BatchTestSupport.parse(text, format: .plain)
        let t0 = 1_795_161_600.0
        typealias Line = BatchTestSupport.ParsedLine
        // Times compared apart, to the microsecond; everything else exactly.
        #expect(
            result.lines.map { line in
                var untimed = line
                untimed.time = nil
                return untimed
            } == [
                Line(
                    device: "dev-1", model: "mini", time: nil, timeText: "2026-11-20T08:00:01.038Z", color: .red,
                    isOn: true),
                Line(
                    device: "dev-2", model: nil, time: nil, timeText: "2026-11-20T08:00:01.500Z", color: .blue,
                    isOn: true),
                Line(
                    device: "dev-1", model: "mini", time: nil, timeText: "2026-11-20T08:00:02Z", color: .red,
                    isOn: false),
                Line(
                    device: "dev-2", model: nil, time: nil, timeText: "2026-11-20T08:01:02.250Z", color: .blue,
                    isOn: false),
                Line(
                    device: "dev-3", model: "mini", time: nil, timeText: "2026-11-20T08:01:03.000Z", color: .green,
                    isOn: true),
            ])
        let times = result.lines.map { ($0.time ?? .nan) - t0 }
        let expectedTimes = [1.038, 1.5, 2, 62.25, 63]
        #expect(
            times.count == expectedTimes.count && zip(times, expectedTimes).allSatisfy { abs($0 - $1) < 1e-6 },
            "\(times)")
        #expect(result.errors.map(\.0) == [6])
        #expect(result.skipped == 1)
    }
}
