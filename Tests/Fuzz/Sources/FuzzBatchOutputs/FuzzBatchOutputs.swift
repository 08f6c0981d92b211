import Foundation
import FuzzSupport
import LEDDiagnostics

/// `BatchOutputCheck` (#16, item 3) against the file system itself. The input builds a small folder —
/// files, hard links and symbolic links to them, under several spellings (`./`, `sub/../`, `//`) — and
/// names the batch's inputs and outputs in it. Invariant: the check refuses exactly when an output is
/// the same file as an input or an earlier output, where "the same file" is found without `stat`:
/// a byte appended through one path shows through the other (for outputs that do not exist yet: creating
/// one makes the other exist).
///
/// Layout: byte 0 — files `f0…f3` made (1–4, `f2`/`f3` in `sub/`); byte 1 — which of `h0`, `h1` (hard
/// links) and `s0`, `s1` (symbolic links) exist, and to which files; then inputs (1–3) and outputs (1–3),
/// one byte each: a name (`f0…f3`, `h0`, `h1`, `s0`, `s1`, `n0`, `n1` — never made) and a spelling.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatchOutputs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(Fuzz.bytes(data, size))
    guard bytes.count >= 4 else { return 0 }
    guard let folder = try? OutputFolder(made: bytes[0], links: bytes[1]) else { return 0 }
    defer { folder.remove() }
    let inputCount = 1 + Int(bytes[2] % 3)
    let outputCount = 1 + Int(bytes[3] % 3)
    let picks = bytes.dropFirst(4)
    guard picks.count >= inputCount + outputCount else { return 0 }
    let inputPaths = picks.prefix(inputCount).map(folder.path)
    let outputPaths = picks.dropFirst(inputCount).prefix(outputCount).map(folder.path)

    let found = BatchOutputCheck.conflict(
        inputs: inputPaths.map { BatchInput.path($0) },
        outputs: outputPaths.enumerated().map { .path($0.element, name: "output \($0.offset)") })
    // An input that does not exist is not read (the batch stops at it), so no output can destroy it.
    let readable = inputPaths.filter { FileManager.default.fileExists(atPath: $0) }
    var expected = false
    for (index, output) in outputPaths.enumerated() {
        if readable.contains(where: { folder.sameFile($0, output) }) { expected = true }
        if outputPaths.prefix(index).contains(where: { folder.sameFile($0, output) }) { expected = true }
    }
    Fuzz.check(
        (found != nil) == expected,
        "inputs \(inputPaths) outputs \(outputPaths): check says \(found.map(\.description) ?? "no conflict"), "
            + "the file system says \(expected ? "a conflict" : "none")")
    return 0
}

/// The folder one input builds, and the file-system oracle.
private struct OutputFolder {
    let root: String
    private static let names = ["f0", "f1", "sub/f2", "sub/f3", "h0", "h1", "s0", "s1", "n0", "sub/n1"]

    init(made: UInt8, links: UInt8) throws {
        var template = Array("/tmp/leddiag-fuzz-outputs-XXXXXX".utf8CString)
        let created: String? = template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
            return String(cString: made)
        }
        guard let created else { throw CocoaError(.fileWriteUnknown) }
        root = created
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        let files = 1 + Int(made % 4)
        for index in 0..<files {
            try Data("12 d mini red on\n".utf8).write(to: URL(fileURLWithPath: root + "/" + Self.names[index]))
        }
        // Two bits per link: made or not, and which file it points at.
        for (offset, link) in ["h0", "h1", "s0", "s1"].enumerated() where links >> (2 * offset) & 1 == 1 {
            let target = root + "/" + Self.names[Int(links >> (2 * offset + 1) & 1) * (files - 1)]
            if link.hasPrefix("h") {
                try manager.linkItem(atPath: target, toPath: root + "/" + link)
            } else {
                try manager.createSymbolicLink(atPath: root + "/" + link, withDestinationPath: target)
            }
        }
    }

    /// A name and a spelling of it, from one byte.
    func path(_ byte: UInt8) -> String {
        let name = Self.names[Int(byte % 10)]
        switch byte / 10 % 4 {
        case 0: return root + "/" + name
        case 1: return root + "/./" + name
        case 2: return root + "/sub/../" + name
        default: return root + "//" + name
        }
    }

    /// Whether `a` and `b` are one file, found by writing: a byte appended through `a` lengthens `b`;
    /// for files that do not exist yet, creating `a` makes `b` exist.
    func sameFile(_ a: String, _ b: String) -> Bool {
        let manager = FileManager.default
        switch (manager.fileExists(atPath: a), manager.fileExists(atPath: b)) {
        case (true, true):
            let before = length(b)
            let descriptor = open(a, O_WRONLY | O_APPEND)
            guard descriptor >= 0 else { return false }
            _ = write(descriptor, "x", 1)
            close(descriptor)
            return length(b) != before
        case (false, false):
            let descriptor = open(a, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { return false }
            close(descriptor)
            defer { unlink(a) }
            return manager.fileExists(atPath: b)
        default:
            return false
        }
    }

    private func length(_ path: String) -> Int {
        (try? Data(contentsOf: URL(fileURLWithPath: path)).count) ?? -1
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

@main
enum FuzzBatchOutputsMain {
    static func main() { Fuzz.main(fuzzBatchOutputs) }
}
