import Foundation
import Testing

/// ffmpeg for the video tests: whether it is there, and running it.
enum VideoTools {
    /// The folder holding `ffmpeg` and `ffprobe` on the `PATH`, or `nil`.
    static let folder: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder)
            if FileManager.default.isExecutableFile(atPath: path + "/ffmpeg"),
                FileManager.default.isExecutableFile(atPath: path + "/ffprobe")
            {
                return path
            }
        }
        return nil
    }()

    /// Whether the video tests can run; they skip, saying so, when ffmpeg is missing (`make video-deps`).
    static var available: Bool { folder != nil }

    /// The message a skipped video test gives.
    static let missing: Comment = "ffmpeg/ffprobe not on the PATH: run `make video-deps` (make test does)"

    /// An error of a tool run.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tool arguments…` and throws with its standard error when it fails.
    static func run(_ tool: String, _ arguments: [String]) throws {
        _ = try output(tool, arguments, keep: false)
    }

    /// Runs `tool arguments…` and returns its standard output (`keep`), throwing with its standard error
    /// when it fails.
    static func output(_ tool: String, _ arguments: [String], keep: Bool = true) throws -> Data {
        guard let folder else { throw Failure(description: "\(tool) is missing") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder + "/" + tool)
        process.arguments = arguments
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = keep ? output : FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard output first: the tests run the tools with `-v error`, whose few lines of standard error
        // never fill its pipe.
        let data = keep ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) failed: " + String(decoding: message, as: UTF8.self))
        }
        return data
    }
}
