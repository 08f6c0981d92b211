import Foundation
import Testing

@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// Helpers of the hardening tests (Hostile*, Hardening*): a shared diagnoser, catalogs with hostile
/// rules, long observations, and a way to run the `leddiag` binary with pipes and signals.
enum HardeningSupport {
    /// The built-in diagnoser (rules JIT-compiled), built once.
    static let diagnoser: Diagnoser = {
        do {
            return try Diagnoser.builtin()
        } catch {
            preconditionFailure("the built-in catalog does not load: \(error)")
        }
    }()

    /// A long rig-like observation: `steps` events of red, blue and green blinks and solids with
    /// exact timing (about 43 bytes of canonical string per step).
    static func longObservation(steps: Int, device: String? = "mini", contexts: Set<ObservationContext> = []) -> Observation {
        var events: [EventStep] = []
        events.reserveCapacity(steps)
        for index in 0..<steps {
            let color: LEDColor = [.red, .blue, .green][index % 3]
            let blink = index % 2 == 0
            events.append(EventStep(LEDEvent(
                colors: [color], kind: blink ? .blink : .solid, count: blink ? .exactly(3 + index % 50) : nil, speed: blink ? .fast : nil,
                duration: EventDuration(seconds: Double(index) + 0.5), timing: blink ? PulseTiming(on: 0.2, off: 0.25) : nil)))
        }
        return Observation(device: device, contexts: contexts, steps: events)
    }

    /// A catalog file with one rule per (id, pattern), pointing at its own cause `hostile-cause`. Each rule
    /// first matches a white solid light exactly (so its `match` example ranks its cause first and the
    /// CLI's example check passes), then tries the hostile pattern.
    static func hostileCatalogFile(_ rules: [(id: String, pattern: String)], name: String = "hostile.yaml") -> CatalogFile {
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
    static func diagnoser(adding file: CatalogFile, jit: Bool) throws -> Diagnoser {
        Diagnoser(catalog: try CatalogLoader(jit: jit).load(Catalog.builtinFiles + [file]))
    }

    /// A new empty temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leddiag-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The `leddiag` binary beside the tests (`swift build --build-tests` builds it).
    static var binary: URL? { LEDDiagCLI.executable }
}

/// One `leddiag` process with its three standard streams as pipes, for the pipe and signal cases.
final class LEDDiagProcess: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    private let errorData = LockedData()

    /// Starts `leddiag arguments…`; standard error is collected in the background.
    init(_ binary: URL, _ arguments: [String]) throws {
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LEDDIAG_HISTORY"] = ""
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let handle = errors.fileHandleForReading
        let collected = errorData
        Thread.detachNewThread {
            collected.set(handle.readDataToEndOfFile())
        }
    }

    /// Reads standard output until `count` line breaks arrived (or the end); returns what was read.
    func readLines(_ count: Int) -> String {
        var data = Data()
        var lines = 0
        let handle = output.fileHandleForReading
        while lines < count {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            lines += chunk.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            data.append(chunk)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits for the exit, at most `timeout` seconds (then kills the process and records an issue).
    func wait(timeout: Double = 60) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            Issue.record("leddiag did not exit within \(timeout) s")
            process.terminate()
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Standard error, once the process has exited and closed it.
    var standardError: String {
        for _ in 0..<500 where errorData.get() == nil { usleep(10_000) }
        return String(decoding: errorData.get() ?? Data(), as: UTF8.self)
    }
}

/// Data handed from one thread to another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data? { lock.withLock { data } }
}
