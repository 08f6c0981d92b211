import Foundation
import Testing

@testable import LEDBatch

/// Telling the input format from the first records.
@Suite("Batch: format detection")
struct BatchDetectionTests {
    static func detect(_ text: String, forced: BatchInputFormat? = nil) -> BatchDiagnoser.FormatDetector.Detection {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { BatchDiagnoser.FormatDetector.detect($0, forced: forced) }
    }

    @Test(
        "each format is recognised",
        arguments: [
            ("2026-11-20T08:00:00Z dev-1 mini red on\n12 dev-2 red off\n", BatchInputFormat.plain),
            ("# rig 4\n\nts=12 device=dev-1 led=red state=on\nstate=off device=dev-1 led=red time=13\n", .logfmt),
            ("time,device,model,color,state\n12,dev-1,mini,red,on\n", .csv),
            (
                "device;time\r\n# not csv\n{\"time\": 12, \"device\": \"d\", \"color\": \"red\", \"state\": \"on\"}\n",
                .jsonl
            ),
            ("porch outdoor-4: red x6 after blue\n2026-11-20T08:00:00Z garage: solid blue\n", .typed),
        ])
    func recognised(text: String, format: BatchInputFormat) {
        let detection = Self.detect(text)
        #expect(detection.format == format)
        #expect(!detection.isGuess)
    }

    @Test("the format that reads most of the first lines wins")
    func majority() {
        let text = "ts=12 device=d led=red state=on\n12 d red on\n13 d red off\n14 d red on\n"
        #expect(Self.detect(text).format == .plain)
    }

    @Test("CSV needs its header first; the header line is found past comments")
    func csvHeader() {
        let detection = Self.detect("# exported\n\ndevice,time,color,state\nd,12,red,on\n")
        #expect(detection.format == .csv)
        #expect(detection.headerLine == 2)
        #expect(detection.csv?.device == 0)
        #expect(detection.csv?.state == 3)
        #expect(detection.csv?.model == nil)
    }

    @Test("nothing readable: plain, flagged as a guess")
    func guess() {
        let detection = Self.detect("hello world\nthis is not a log\n")
        #expect(detection.format == .plain)
        #expect(detection.isGuess)
        #expect(detection.sampledLines == 2)
        let empty = Self.detect("")
        #expect(empty.isGuess)
        #expect(empty.sampledLines == 0)
    }

    @Test("a forced format is used as it is; a forced CSV reports its header problem")
    func forced() {
        #expect(Self.detect("12 d red on\n", forced: .logfmt).format == .logfmt)
        let csv = Self.detect("time,device\n12,d\n", forced: .csv)
        #expect(csv.format == .csv)
        #expect(csv.csv == nil)
        #expect(csv.headerProblem?.message == "the CSV header lacks the columns color, state")
    }

    @Test("detection leaves the sample as it was")
    func untouched() {
        let text = "ts=12 device=\"a \\\"b\\\"\" led=red state=on\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { BatchDiagnoser.FormatDetector.detect($0) }
        #expect(String(decoding: bytes, as: UTF8.self) == text)
    }

    @Test("every sample in Samples/batch is detected as its extension says")
    func samples() throws {
        for (file, format) in BatchGoldenTests.samples {
            let text = try String(contentsOf: BatchGoldenTests.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.detect(text).format == format, "\(file)")
        }
    }
}
