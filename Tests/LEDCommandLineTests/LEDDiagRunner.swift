import Foundation
import Testing

// The one way these tests run the `leddiag` binary: `LEDDiagCLI.run` for a whole run with its output
// collected, `LEDDiagProcess` for pipes and signals, `PseudoTerminal` for a terminal. All three find
// the binary and set up its environment here.

/// Runs the `leddiag` binary built beside the test bundle, as a person would from a shell.
enum LEDDiagCLI {
    /// What one run gave.
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `leddiag` executable next to the test bundle (`swift build --build-tests` builds both).
    static var executable: URL? {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for candidate in candidates {
            var folder = candidate.deletingLastPathComponent()
            // The bundle may be a directory (…/leddiagPackageTests.xctest/…) or a file beside the binary.
            for _ in 0..<4 {
                let binary = folder.appendingPathComponent("leddiag")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    return binary
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs `leddiag arguments…` with `input` on standard input and `environment` added to (or, for
    /// empty values, removed from) the current one.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        let binary = try #require(
            executable, "the leddiag binary is built beside the tests (swift build --build-tests)")
        return try run(binary, arguments, input: input, environment: environment)
    }

    /// Runs `leddiag arguments…` through `/bin/sh` with `redirections` after them (`2>&-`, `>/dev/full`,
    /// `>> FILE`), for what only a shell can set up: a closed or redirected standard stream.
    static func runInShell(_ arguments: [String], redirections: String) throws -> Result {
        let binary = try #require(
            executable, "the leddiag binary is built beside the tests (swift build --build-tests)")
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try run(URL(fileURLWithPath: "/bin/sh"), ["-c", quoted.joined(separator: " ") + " " + redirections])
    }

    /// The environment of a run: the current one without NO_COLOR and with no history file, then
    /// `extra` added (or, for empty values, removed).
    /// The `XDG_CACHE_HOME` every run of the binary gets: a folder of this test process.
    static let cacheHome = NSTemporaryDirectory() + "leddiag-tests-cache-\(getpid())"

    static func environment(adding extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["LEDDIAG_HISTORY"] = ""
        // A cache of checked catalogs of the test run's own, not the user's.
        environment["XDG_CACHE_HOME"] = cacheHome
        for (key, value) in extra { environment[key] = value.isEmpty ? nil : value }
        return environment
    }

    /// Runs any program.
    static func run(
        _ program: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = Self.environment(adding: environment)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes to their end before waiting, so that a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
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
        process.environment = LEDDiagCLI.environment()
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

    /// Sends `signal` while the process waits for more input, once it has had time to start (3 s: the
    /// signal handling is set up first thing, but a sanitizer build on a busy machine takes long to get
    /// there); then closes its input. Returns whether it stopped by itself within 30 s of the signal — a
    /// bound that only tells "stops" from "waits for the input to end", so it holds on a loaded machine.
    func interruptWhileWaiting(with signal: Int32) -> Bool {
        usleep(3_000_000)
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let stopped = !process.isRunning
        try? input.fileHandleForWriting.close()
        return stopped
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

/// A program on a pseudo-terminal (util-linux `script`), driven like `expect`: wait for text, send keys.
final class PseudoTerminal: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var text = ""

    init(command: String, environment extra: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = LEDDiagCLI.environment(adding: ["TERM": "xterm"].merging(extra) { _, new in new })
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.text += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything the program wrote so far, as written.
    var raw: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    /// Everything the program wrote so far, escape sequences removed.
    var screen: String {
        lock.lock()
        defer { lock.unlock() }
        var out = ""
        var escape = false
        for character in text {
            if escape {
                if character.isLetter { escape = false }
            } else if character == "\u{1B}" {
                escape = true
            } else if character != "\r" {
                out.append(character)
            }
        }
        return out
    }

    private var consumed = 0

    /// Waits until `expected` appears after what earlier calls found.
    func expect(_ expected: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = self.screen
            let rest = screen.dropFirst(min(consumed, screen.count))
            if let range = rest.range(of: expected) {
                consumed = screen.distance(from: screen.startIndex, to: range.upperBound)
                return
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record(
            "timed out waiting for \(expected.debugDescription); the screen:\n\(screen)", sourceLocation: sourceLocation
        )
        throw CancellationError()
    }

    /// Types `keys`.
    func send(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits for the program to end; its exit status.
    func waitForExit(timeout: Double = 20) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? -1 : process.terminationStatus
    }

    /// Ends the program if it is still running.
    func stop() {
        output.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }
}
