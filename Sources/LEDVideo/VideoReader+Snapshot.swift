public import Foundation

extension VideoReader {
    /// The largest PNG a snapshot may be, in bytes.
    static let snapshotBudget = 16 << 20

    /// One frame of `file` as a PNG: frame `frame` (counted from 0 in decoding order, as
    /// ``VideoReading/brightestFrame`` counts), at most `maximumWidth` pixels wide (the aspect kept).
    /// ffmpeg is asked for bit-exact output (no encoder tag, exact scaling), so the same ffmpeg gives the
    /// same bytes; another build of it may compress or scale differently.
    public func snapshot(
        _ file: String, frame: Int, of reading: VideoReading, maximumWidth: Int = 640
    )
        throws(VideoError) -> Data
    {
        let ffmpeg = try ToolLocator.find("ffmpeg", environment: environment)
        let width = min(reading.width, max(2, maximumWidth))
        let height = max(2, Int((Double(reading.height) * Double(width) / Double(max(1, reading.width))).rounded()))
        let arguments = [
            "-nostdin", "-v", "error", "-i", file, "-map", "0:v:0", "-an", "-sn", "-dn",
            "-vf", "select=eq(n\\,\(max(0, frame))),scale=\(width):\(height)", "-frames:v", "1",
            "-sws_flags", "area+accurate_rnd+full_chroma_int+bitexact", "-fflags", "+bitexact", "-flags:v", "+bitexact",
            "-pix_fmt", "rgb24", "-f", "image2pipe", "-c:v", "png", "pipe:1",
        ]
        var png = Data()
        var tooLarge = false
        let outcome = try ChildProcess.run(ffmpeg, arguments, timeout: limits.timeout) { chunk in
            guard png.count + chunk.count <= Self.snapshotBudget else {
                tooLarge = true
                return false
            }
            png.append(contentsOf: chunk)
            return true
        }
        if tooLarge { throw .toolFailed("ffmpeg", detail: "the frame's PNG is larger than 16 MiB") }
        if outcome.status != 0 {
            throw .toolFailed("ffmpeg", detail: outcome.message.split(separator: "\n").last.map(String.init) ?? "")
        }
        guard !png.isEmpty else { throw .noFrames(path: file) }
        return png
    }
}
