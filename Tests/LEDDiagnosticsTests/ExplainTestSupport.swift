import Foundation
import Testing

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
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue { return binary }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs `leddiag arguments…` with `input` on standard input and `environment` added to (or, for
    /// empty values, removed from) the current one.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        let binary = try #require(executable, "the leddiag binary is built beside the tests (swift build --build-tests)")
        return try run(binary, arguments, input: input, environment: environment)
    }

    /// Runs any program.
    static func run(_ program: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["LEDDIAG_HISTORY"] = ""
        for (key, value) in environment { env[key] = value.isEmpty ? nil : value }
        process.environment = env
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

    /// The repository's root folder (for README.md and Patterns/).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leddiag-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Compares text with a golden file under `Golden/`; `LEDDIAG_UPDATE_GOLDEN=1` writes it anew.
enum GoldenText {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LEDDIAG_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden, "differs from Golden/\(name); LEDDIAG_UPDATE_GOLDEN=1 writes it anew", sourceLocation: sourceLocation)
    }
}
