import Foundation

/// Finds `ffmpeg` and `ffprobe`: in `LEDDIAG_FFMPEG_DIR` when it is set, otherwise on the `PATH`.
enum ToolLocator {
    /// The executable `name`, or ``VideoError/toolMissing(_:)``.
    static func find(_ name: String, environment: [String: String]) throws(VideoError) -> URL {
        let folders: [String]
        if let folder = environment["LEDDIAG_FFMPEG_DIR"], !folder.isEmpty {
            folders = [folder]
        } else {
            folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        }
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw .toolMissing(name)
    }
}
