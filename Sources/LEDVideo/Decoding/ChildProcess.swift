import Foundation
import LEDSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `ffprobe` or `ffmpeg` with its standard output read through a fixed buffer as it comes, its
/// standard error kept (the first 16 KiB, for the message), and a watchdog that kills it after a time
/// limit: a damaged file never hangs the command, and memory does not grow with the output.
struct ChildProcess {
    /// How a run ended.
    struct Outcome {
        /// The exit status (or the signal that ended it).
        var status: Int32
        /// The start of its standard error, trimmed.
        var message: String
        /// Whether the reader stopped early (``run(_:_:timeout:consume:)``'s `consume` returned `false`).
        var stoppedEarly: Bool
    }

    /// The bytes of standard error kept.
    private static let messageLimit = 16 << 10
    /// The read buffer.
    private static let chunkSize = 256 << 10

    /// Runs `executable arguments…`; `consume` gets standard output in chunks and returns `false` to stop
    /// reading (the child is then killed). Throws ``VideoError/timedOut(_:)`` when it ran past `timeout`.
    static func run(
        _ executable: URL, _ arguments: [String], timeout: Double,
        consume: (UnsafeRawBufferPointer) -> Bool
    ) throws(VideoError) -> Outcome {
        let name = executable.lastPathComponent
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let message = Mutex<[UInt8]>([])
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            message.withLock { bytes in
                if bytes.count < messageLimit { bytes.append(contentsOf: data.prefix(messageLimit - bytes.count)) }
            }
        }
        do {
            try process.run()
        } catch {
            errors.fileHandleForReading.readabilityHandler = nil
            throw .toolFailed(name, detail: "\(error)")
        }
        let pid = process.processIdentifier
        let timedOut = Mutex(false)
        let watchdog = DispatchWorkItem {
            timedOut.withLock { $0 = true }
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let stoppedEarly = readAll(output.fileHandleForReading.fileDescriptor, consume: consume)
        if stoppedEarly { kill(pid, SIGKILL) }
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        watchdog.cancel()
        errors.fileHandleForReading.readabilityHandler = nil
        let rest = (try? errors.fileHandleForReading.readToEnd()) ?? nil
        if timedOut.withLock({ $0 }) { throw .timedOut(name) }
        let text = message.withLock { bytes in
            String(decoding: bytes + (rest ?? Data()).prefix(max(0, messageLimit - bytes.count)), as: UTF8.self)
        }
        return Outcome(
            status: process.terminationStatus, message: text.trimmingCharacters(in: .whitespacesAndNewlines),
            stoppedEarly: stoppedEarly)
    }

    /// Reads `descriptor` to its end through one buffer; `true` when `consume` asked to stop first.
    private static func readAll(_ descriptor: Int32, consume: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        guard let base = buffer.baseAddress else { return false }
        while true {
            let count = read(descriptor, base, chunkSize)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return false }
            if !consume(UnsafeRawBufferPointer(start: base, count: count)) { return true }
        }
    }
}
